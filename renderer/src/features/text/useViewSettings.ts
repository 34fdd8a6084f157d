import { useEffect, useState } from 'react';

/** How the expert likes the text shown; a preference of this computer, not of the document. */
export interface ViewSettings {
  readonly fontSize: number;
  readonly wordWrap: boolean;
  readonly minimap: boolean;
  /** Widen selections to whole words when labelling. */
  readonly snapWords: boolean;
}

const KEY = 'glossator.textView';
export const FONT_SIZES = { min: 10, max: 28, step: 1 } as const;
const DEFAULTS: ViewSettings = { fontSize: 14, wordWrap: true, minimap: true, snapWords: true };

function load(): ViewSettings {
  try {
    const stored = JSON.parse(localStorage.getItem(KEY) ?? '{}') as Partial<ViewSettings>;
    const fontSize =
      typeof stored.fontSize === 'number'
        ? Math.min(FONT_SIZES.max, Math.max(FONT_SIZES.min, Math.round(stored.fontSize)))
        : DEFAULTS.fontSize;
    return {
      fontSize,
      wordWrap: typeof stored.wordWrap === 'boolean' ? stored.wordWrap : DEFAULTS.wordWrap,
      minimap: typeof stored.minimap === 'boolean' ? stored.minimap : DEFAULTS.minimap,
      snapWords: typeof stored.snapWords === 'boolean' ? stored.snapWords : DEFAULTS.snapWords,
    };
  } catch {
    return DEFAULTS;
  }
}

export function useViewSettings(): [ViewSettings, (patch: Partial<ViewSettings>) => void] {
  const [settings, setSettings] = useState(load);
  useEffect(() => {
    localStorage.setItem(KEY, JSON.stringify(settings));
  }, [settings]);
  return [settings, (patch) => setSettings((current) => ({ ...current, ...patch }))];
}
