/**
 * The expert's expectation of undo, redo and sync, as a model small enough to read at a glance:
 * labels per annotation, on this computer and on the platform. It knows nothing of mutation ids,
 * outboxes, bases or echoes; the real engine and server must agree with it.
 *
 * The platform's rules, as the expert understands them: edits and deletions apply in the order the
 * platform receives them (the last writer wins); an edit of something deleted is refused (a real
 * conflict); a deletion of something already gone changes nothing; a restore — what undoing a
 * deletion or redoing a creation sends — brings back what the same account deleted, and is refused
 * when someone else deleted it.
 */

export type Account = 'expert' | 'reviewer';

interface PlatformRow {
  labels: string;
  deleted: boolean;
  deletedBy?: Account;
}

/** One step of the undo history: an annotation's labels before and after (undefined: absent). */
interface Change {
  readonly id: string;
  readonly before?: string;
  readonly after?: string;
}

type Pending =
  | { readonly kind: 'put' | 'restore'; readonly id: string; readonly labels: string }
  | { readonly kind: 'delete'; readonly id: string };

export class SyncModel {
  /** What the platform holds. */
  readonly platform = new Map<string, PlatformRow>();
  /** What the expert's computer shows. */
  readonly local = new Map<string, string>();
  /** Conflicts the platform has reported for the expert's computer. */
  refusals = 0;
  /** Restores the expert's computer sent (undone deletions, redone creations), for the log. */
  restores = 0;
  private pending: Pending[] = [];
  private undoStack: Change[] = [];
  private redoStack: Change[] = [];

  /** The platform's live annotations, as labels. */
  live(): Map<string, string> {
    const out = new Map<string, string>();
    for (const [id, row] of this.platform) if (!row.deleted) out.set(id, row.labels);
    return out;
  }

  create(id: string, labels: string): void {
    this.record({ id, after: labels }, 'do');
  }

  edit(id: string, labels: string): void {
    this.record({ id, before: this.local.get(id), after: labels }, 'do');
  }

  remove(id: string): void {
    this.record({ id, before: this.local.get(id) }, 'do');
  }

  undo(): void {
    const change = this.undoStack.at(-1);
    if (change) this.record({ id: change.id, before: change.after, after: change.before }, 'undo');
  }

  redo(): void {
    const change = this.redoStack.at(-1);
    if (change) this.record(change, 'redo');
  }

  /** The expert's computer syncs: its changes reach the platform in order, then it pulls. */
  sync(): void {
    for (const change of this.pending) {
      const ok = this.apply('expert', change);
      if (!ok) this.refusals++;
    }
    this.pending = [];
    this.local.clear();
    for (const [id, labels] of this.live()) this.local.set(id, labels);
  }

  /** Someone else changes the platform directly (a reviewer, or the expert's other computer). */
  elsewhere(account: Account, change: Pending): void {
    this.apply(account, change);
  }

  private record(change: Change, history: 'do' | 'undo' | 'redo'): void {
    if (change.after === undefined) {
      this.local.delete(change.id);
      this.pending.push({ kind: 'delete', id: change.id });
    } else {
      this.local.set(change.id, change.after);
      // What comes back into existence through undo or redo is a restore; anything else a put.
      const kind = history !== 'do' && change.before === undefined ? 'restore' : 'put';
      if (kind === 'restore') this.restores++;
      this.pending.push({ kind, id: change.id, labels: change.after });
    }
    if (history === 'undo') {
      this.undoStack.pop();
      this.redoStack.push({ id: change.id, before: change.after, after: change.before });
    } else {
      this.undoStack.push(change);
      if (history === 'redo') this.redoStack.pop();
      else this.redoStack = [];
    }
  }

  /** The platform's rule; false when it refuses. */
  private apply(account: Account, change: Pending): boolean {
    const row = this.platform.get(change.id);
    if (change.kind === 'delete') {
      if (row && !row.deleted)
        this.platform.set(change.id, { ...row, deleted: true, deletedBy: account });
      return true;
    }
    if (row?.deleted && !(change.kind === 'restore' && row.deletedBy === account)) return false;
    this.platform.set(change.id, { labels: change.labels, deleted: false });
    return true;
  }
}
