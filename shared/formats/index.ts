/** The format converters: pure functions of (document record, content, annotations). */
export * from './types';
export * from './registry';
export { exportW3c, importW3c, toW3cAnnotation, type W3cImportOptions } from './w3c';
export { validateAnnotation, type W3cProblem } from './w3cValidate';
export {
  exportLabelStudio,
  importLabelStudio,
  listLabelStudioTasks,
  type LabelStudioExportOptions,
} from './labelStudio';
export type { LabelStudioImportOptions, LabelStudioTaskSummary } from './labelStudioImport';
export { exportSpanJsonl, type SpanJsonlOptions } from './spanJsonl';
export { exportChatJsonl, type ChatJsonlOptions } from './chatJsonl';
export { exportPreferenceJsonl, type PreferenceJsonlOptions } from './preferenceJsonl';
export { exportBrat, importBrat } from './brat';
export { exportConll, type ConllOptions } from './conll';
export { tokenize, type Token } from './tokenize';
