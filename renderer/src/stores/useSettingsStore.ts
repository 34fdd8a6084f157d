import { create } from 'zustand';
import type { Settings, SettingsPatch } from '../../../shared/ipc/contract';
import i18next from 'i18next';
import { api } from '../api';
import { changeLocale, resolveLocale } from '../i18n';

interface SettingsState {
  readonly settings?: Settings;
  readonly load: () => Promise<Settings>;
  readonly update: (patch: SettingsPatch) => Promise<void>;
  /** Applies settings pushed by main (another window, or the Settings view). */
  readonly receive: (settings: Settings) => void;
}

const darkQuery = (): MediaQueryList => window.matchMedia('(prefers-color-scheme: dark)');

export function applyTheme(theme: Settings['theme']): void {
  const effective = theme === 'system' ? (darkQuery().matches ? 'dark' : 'light') : theme;
  document.documentElement.dataset.theme = effective;
  document.documentElement.style.colorScheme = effective;
}

export const useSettingsStore = create<SettingsState>()((set, get) => ({
  load: async () => {
    const settings = await api.invoke('settings:get', {});
    get().receive(settings);
    return settings;
  },
  update: async (patch) => {
    get().receive(await api.invoke('settings:set', patch));
  },
  receive: (settings) => {
    const previous = get().settings;
    set({ settings });
    applyTheme(settings.theme);
    if (i18next.isInitialized && previous?.locale !== settings.locale)
      void changeLocale(resolveLocale(settings.locale));
  },
}));

/** Keeps 'system' theme in step with the OS while the app runs. */
export function followSystemTheme(): () => void {
  const query = darkQuery();
  const onChange = (): void => {
    const theme = useSettingsStore.getState().settings?.theme;
    if (theme === 'system') applyTheme(theme);
  };
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}
