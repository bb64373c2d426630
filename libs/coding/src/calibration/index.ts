export * from './report';
export * from './sample';
