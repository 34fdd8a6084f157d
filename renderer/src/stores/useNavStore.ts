import { create } from 'zustand';

export const VIEWS = [
  'projects',
  'queue',
  'documents',
  'interview',
  'earnings',
  'settings',
] as const;
export type View = (typeof VIEWS)[number];

function isView(value: string): value is View {
  return (VIEWS as readonly string[]).includes(value);
}

/** The current view lives in the URL hash (#/documents) so a reload returns to the same place. */
export function viewFromHash(hash: string): View {
  const name = hash.replace(/^#\/?/, '').split('/')[0] ?? '';
  return isView(name) ? name : 'documents';
}

interface NavState {
  readonly view: View;
  readonly go: (view: View) => void;
}

export const useNavStore = create<NavState>()((set) => ({
  view: viewFromHash(location.hash),
  go: (view) => {
    if (location.hash !== `#/${view}`) history.replaceState(null, '', `#/${view}`);
    set({ view });
  },
}));

/** Back/forward and hand-edited hashes. */
export function followHash(): () => void {
  const onHash = (): void => useNavStore.setState({ view: viewFromHash(location.hash) });
  window.addEventListener('hashchange', onHash);
  return () => window.removeEventListener('hashchange', onHash);
}
