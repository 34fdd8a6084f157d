import type { CodeHit, CodeSearchOptions } from '../../../../shared/codes/codeSearch';

export type CodeListSource =
  { readonly kind: 'url'; readonly url: string } | { readonly kind: 'text'; readonly text: string };

/** Messages to the code search worker. */
export type CodeWorkerRequest =
  | { readonly type: 'load'; readonly system: string; readonly source: CodeListSource }
  | {
      readonly type: 'search';
      readonly id: number;
      readonly query: string;
      readonly options: CodeSearchOptions;
    };

/** Messages from it. */
export type CodeWorkerReply =
  | {
      readonly type: 'loaded';
      readonly size: number;
      readonly badLines: number;
      readonly elapsedMs: number;
    }
  | { readonly type: 'failed'; readonly message: string }
  | {
      readonly type: 'results';
      readonly id: number;
      readonly hits: readonly CodeHit[];
      readonly elapsedMs: number;
    };
