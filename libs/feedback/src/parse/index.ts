export * from './types';
export { detectDayOrder, parseDate } from './dates';
export { htmlToText } from './html';
export { titleOf } from './titles';
export {
  CsvRowReader,
  csvTitle,
  kindOf,
  planFor,
  proposeFields,
  roleOf,
  type CsvPlan,
  type CsvRowMessage,
  type FeedbackField,
} from './csv-shape';
export { conversationsOf, formatOfConversation, readConversation, type JsonFormat } from './vendors';
