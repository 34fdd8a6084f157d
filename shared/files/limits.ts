/** Largest file the workstation imports. Bigger files are refused before they are read. */
export const MAX_IMPORT_BYTES = 512 * 1024 * 1024;

/** A PDF claiming more pages than this is treated as hostile rather than opened. */
export const MAX_PDF_PAGES = 20_000;

export const PDF_MEDIA_TYPE = 'application/pdf';
export const TEXT_MEDIA_TYPE = 'text/plain';
