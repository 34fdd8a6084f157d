import type { ImportProblemCode } from '../../../../shared/files/importProblem';

export interface ExtractRequest {
  readonly bytes: Uint8Array;
  readonly maxPages: number;
  readonly pageTimeoutMs: number;
  /** Where pdf.js finds its CMaps and standard fonts (directories ending in /). */
  readonly cMapDir: string;
  readonly standardFontDir: string;
}

export type ExtractReply =
  | {
      readonly ok: true;
      readonly pageCount: number;
      readonly text: string;
      readonly pageStarts: readonly number[];
      readonly warnings: readonly string[];
    }
  | { readonly ok: false; readonly code: ImportProblemCode; readonly detail: string };
