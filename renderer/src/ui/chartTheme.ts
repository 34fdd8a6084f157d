/**
 * Chart colours from the app's theme variables (styles/app.css), read when a chart draws, so
 * charts follow light and dark themes instead of ECharts' light defaults.
 */
export interface ChartTheme {
  readonly text: string;
  readonly muted: string;
  readonly border: string;
  readonly surface: string;
  /** Series colours, distinct in both themes. */
  readonly series: readonly string[];
}

const LIGHT_SERIES = ['#2457c5', '#c2410c', '#15803d', '#7e22ce', '#b91c1c', '#0e7490'];
const DARK_SERIES = ['#7aa2f7', '#fb923c', '#4ade80', '#c084fc', '#f87171', '#22d3ee'];

export function chartTheme(root: HTMLElement = document.documentElement): ChartTheme {
  const style = getComputedStyle(root);
  const read = (name: string, fallback: string): string =>
    style.getPropertyValue(name).trim() || fallback;
  const dark = root.dataset.theme === 'dark';
  return {
    text: read('--text', dark ? '#e8e9ec' : '#1c1d21'),
    muted: read('--text-muted', dark ? '#a2a6b0' : '#5d616b'),
    border: read('--border', dark ? '#3c3f45' : '#d9dbe0'),
    surface: read('--surface', dark ? '#26282c' : '#ffffff'),
    series: dark ? DARK_SERIES : LIGHT_SERIES,
  };
}

/** Calls `onChange` whenever the app switches theme (the root's data-theme attribute). */
export function watchTheme(onChange: () => void, root: HTMLElement = document.documentElement) {
  const observer = new MutationObserver(onChange);
  observer.observe(root, { attributeFilter: ['data-theme'] });
  return () => observer.disconnect();
}
