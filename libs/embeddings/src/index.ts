export { DIMENSIONS, dot, embedTexts, unit } from './embed';
export { BATCH_SIZE } from './model';
