/** Why a file could not be imported. The renderer turns each code into a translated message. */
export type ImportProblemCode =
  | 'empty'
  | 'tooLarge'
  | 'unreadable'
  | 'binary'
  | 'invalidEncoding'
  | 'pdfMalformed'
  | 'pdfPasswordRequired'
  | 'pdfPasswordWrong'
  | 'pdfTooManyPages';

export const IMPORT_PROBLEM_CODES: readonly ImportProblemCode[] = [
  'empty',
  'tooLarge',
  'unreadable',
  'binary',
  'invalidEncoding',
  'pdfMalformed',
  'pdfPasswordRequired',
  'pdfPasswordWrong',
  'pdfTooManyPages',
];

export class ImportProblem extends Error {
  override readonly name = 'ImportProblem';
  constructor(
    readonly code: ImportProblemCode,
    detail?: string,
  ) {
    super(detail ? `${code}: ${detail}` : code);
  }
}
