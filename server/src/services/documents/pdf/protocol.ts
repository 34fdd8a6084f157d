import type { ImportProblemCode } from '../../../../../shared/files/importProblem';
import type { PdfRect } from '../../../../../shared/model/annotation';

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
      /** Each page's box in user space (pdf.js `page.view`); null for a page that failed. */
      readonly pageBoxes: readonly (PdfRect | null)[];
      readonly warnings: readonly string[];
    }
  | { readonly ok: false; readonly code: ImportProblemCode; readonly detail: string };
