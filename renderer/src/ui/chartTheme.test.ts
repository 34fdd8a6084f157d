import { afterEach, describe, expect, it, vi } from 'vitest';
import { chartTheme, watchTheme } from './chartTheme';

describe('chart theme', () => {
  afterEach(() => {
    document.documentElement.removeAttribute('data-theme');
    document.documentElement.removeAttribute('style');
  });

  it('takes its colours from the theme variables, with dark series on a dark theme', () => {
    const root = document.documentElement;
    root.dataset.theme = 'dark';
    root.style.setProperty('--text', '#e8e9ec');
    root.style.setProperty('--border', '#3c3f45');
    const dark = chartTheme();
    expect(dark.text).toBe('#e8e9ec');
    expect(dark.border).toBe('#3c3f45');
    root.dataset.theme = 'light';
    expect(chartTheme().series[0]).not.toBe(dark.series[0]);
  });

  it('tells the chart when the theme changes', async () => {
    const changed = vi.fn();
    const stop = watchTheme(changed);
    document.documentElement.dataset.theme = 'dark';
    await Promise.resolve();
    expect(changed).toHaveBeenCalledTimes(1);
    stop();
    document.documentElement.dataset.theme = 'light';
    await Promise.resolve();
    expect(changed).toHaveBeenCalledTimes(1);
  });
});
