import { create } from 'zustand';
import type { DocumentId } from '../../../shared/model/ids';
import { isUuid } from '../../../shared/model/ids';

export const VIEWS = [
  'projects',
  'queue',
  'documents',
  'interview',
  'earnings',
  'settings',
  'profile',
  // Appended (Ctrl+7) so the other views keep their shortcuts.
  'review',
] as const;
export type View = (typeof VIEWS)[number];

export interface Location {
  readonly view: View;
  /** The document open in the workspace (only within the documents view). */
  readonly documentId?: DocumentId;
}

function isView(value: string): value is View {
  return (VIEWS as readonly string[]).includes(value);
}

/** The location lives in the URL hash (#/documents/<id>) so a reload returns to the same place. */
export function locationFromHash(hash: string): Location {
  const [name = '', id] = hash.replace(/^#\/?/, '').split('/');
  const view = isView(name) ? name : 'documents';
  return view === 'documents' && id && isUuid(id)
    ? { view, documentId: id as DocumentId }
    : { view };
}

export function hashOf(location: Location): string {
  return location.documentId ? `#/${location.view}/${location.documentId}` : `#/${location.view}`;
}

interface NavState extends Location {
  readonly go: (view: View) => void;
  readonly openDocument: (id: DocumentId) => void;
  readonly closeDocument: () => void;
}

function navigate(set: (location: Location) => void, location: Location): void {
  const hash = hashOf(location);
  if (location.documentId) {
    if (window.location.hash !== hash) history.pushState(null, '', hash);
  } else if (window.location.hash !== hash) {
    history.replaceState(null, '', hash);
  }
  set({ view: location.view, documentId: location.documentId });
}

export const useNavStore = create<NavState>()((set) => ({
  ...locationFromHash(window.location.hash),
  go: (view) => navigate(set, { view }),
  openDocument: (id) => navigate(set, { view: 'documents', documentId: id }),
  closeDocument: () => navigate(set, { view: 'documents' }),
}));

/** Back/forward and hand-edited hashes. */
export function followHash(): () => void {
  const onChange = (): void => {
    const next = locationFromHash(window.location.hash);
    useNavStore.setState({ view: next.view, documentId: next.documentId });
  };
  window.addEventListener('hashchange', onChange);
  window.addEventListener('popstate', onChange);
  return () => {
    window.removeEventListener('hashchange', onChange);
    window.removeEventListener('popstate', onChange);
  };
}
