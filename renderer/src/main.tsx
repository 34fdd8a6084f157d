import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { initI18n, resolveLocale } from './i18n';
import { applyTheme, followSystemTheme, useSettingsStore } from './stores/useSettingsStore';
import { api } from './api';
import { useAuthStore } from './stores/useAuthStore';
import { useConnectionStore } from './stores/useConnectionStore';
import { followHash } from './stores/useNavStore';
import { followPlatformSession } from './stores/platformSession';
import { startSync } from './sync/startSync';
import './styles/app.css';

async function start(): Promise<void> {
  applyTheme('system');
  let locale = resolveLocale('system');
  try {
    const settings = await useSettingsStore.getState().load();
    locale = resolveLocale(settings.locale);
  } catch (error) {
    console.warn('settings unavailable; using defaults', error);
  }
  await initI18n(locale);
  api.on('settings:changed', (settings) => useSettingsStore.getState().receive(settings));
  api.on('connection:changed', (state) => useConnectionStore.getState().receive(state));
  api.on('auth:changed', (status) => useAuthStore.getState().receive(status));
  void useAuthStore
    .getState()
    .load()
    .catch(() => undefined);
  void useConnectionStore
    .getState()
    .load()
    .catch(() => undefined);
  followSystemTheme();
  followHash();
  followPlatformSession();
  startSync();
  const root = document.getElementById('root');
  if (!root) throw new Error('missing #root');
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void start();
