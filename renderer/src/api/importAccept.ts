/** Mirrors electron/services/fileImport IMPORT_EXTENSIONS for the browser's chooser. */
export const IMPORT_EXTENSIONS_ACCEPT =
  '.pdf,.txt,.text,.md,.csv,.tsv,.json,.xml,.html,application/pdf,text/plain';
