/** Differences between two answers (or an answer and the rewrite), for the diff view. */
import DiffMatchPatch from 'diff-match-patch';

export type DiffOp = 'equal' | 'insert' | 'delete';

export interface DiffSegment {
  readonly op: DiffOp;
  readonly text: string;
}

export interface DiffResult {
  readonly segments: readonly DiffSegment[];
  /** Characters only in the left text, only in the right one, and in both. */
  readonly deleted: number;
  readonly inserted: number;
  readonly unchanged: number;
}

const OPS: Readonly<Record<number, DiffOp>> = { [-1]: 'delete', 0: 'equal', 1: 'insert' };

/**
 * A readable diff: diff-match-patch with semantic clean-up, so edits line up with words rather
 * than scattered characters. Joining the equal+delete segments gives `left`, equal+insert `right`.
 */
export function diffTexts(left: string, right: string, timeoutSeconds = 1): DiffResult {
  const dmp = new DiffMatchPatch();
  dmp.Diff_Timeout = timeoutSeconds;
  const diffs = dmp.diff_main(left, right);
  dmp.diff_cleanupSemantic(diffs);
  let deleted = 0;
  let inserted = 0;
  let unchanged = 0;
  const segments = diffs.map(([op, text]) => {
    const kind = OPS[op] ?? 'equal';
    if (kind === 'delete') deleted += text.length;
    else if (kind === 'insert') inserted += text.length;
    else unchanged += text.length;
    return { op: kind, text };
  });
  return { segments, deleted, inserted, unchanged };
}
