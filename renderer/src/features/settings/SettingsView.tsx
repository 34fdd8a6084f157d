import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo, Settings } from '../../../../shared/ipc/contract';
import { isValidPlatformUrl } from '../../../../shared/model/platformUrl';
import { api } from '../../api';
import { useSettingsStore } from '../../stores/useSettingsStore';
import { AccountSection } from './AccountSection';
import { LocalSchemaSection } from '../schema/LocalSchemaSection';

const THEMES: readonly Settings['theme'][] = ['system', 'light', 'dark'];
const LOCALES: readonly Settings['locale'][] = ['system', 'en', 'fr'];

export function SettingsView() {
  const { t } = useTranslation();
  const settings = useSettingsStore((s) => s.settings);
  const update = useSettingsStore((s) => s.update);
  const [info, setInfo] = useState<AppInfo>();
  const [platformUrl, setPlatformUrl] = useState(settings?.platformUrl ?? '');
  const [saved, setSaved] = useState(false);
  const themeId = useId();
  const localeId = useId();
  const urlId = useId();
  const urlHelpId = useId();

  useEffect(() => {
    void api.invoke('app:info', {}).then(setInfo);
  }, []);

  if (!settings) return <p>{t('common.loading')}</p>;
  const urlValid = isValidPlatformUrl(platformUrl.trim());

  return (
    <section className="view settings" aria-labelledby="view-title">
      <h1 id="view-title">{t('settings.title')}</h1>
      <AccountSection />
      <div className="field">
        <label htmlFor={themeId}>{t('settings.theme')}</label>
        <select
          id={themeId}
          value={settings.theme}
          onChange={(e) => void update({ theme: e.target.value as Settings['theme'] })}
        >
          {THEMES.map((theme) => (
            <option key={theme} value={theme}>
              {t(`settings.themes.${theme}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={localeId}>{t('settings.language')}</label>
        <select
          id={localeId}
          value={settings.locale}
          onChange={(e) => void update({ locale: e.target.value as Settings['locale'] })}
        >
          {LOCALES.map((locale) => (
            <option key={locale} value={locale}>
              {t(`settings.languages.${locale}`)}
            </option>
          ))}
        </select>
      </div>
      <form
        className="field"
        onSubmit={(event) => {
          event.preventDefault();
          if (!urlValid) return;
          void update({ platformUrl: platformUrl.trim() }).then(() => setSaved(true));
        }}
      >
        <label htmlFor={urlId}>{t('settings.platformUrl')}</label>
        <div className="inline">
          <input
            id={urlId}
            type="url"
            value={platformUrl}
            placeholder="https://platform.example.org"
            aria-describedby={urlHelpId}
            aria-invalid={!urlValid}
            onChange={(e) => {
              setPlatformUrl(e.target.value);
              setSaved(false);
            }}
          />
          <button type="submit" disabled={!urlValid}>
            {t('settings.save')}
          </button>
        </div>
        <p id={urlHelpId} className={urlValid ? 'help' : 'field-error'}>
          {urlValid ? t('settings.platformUrlHelp') : t('settings.platformUrlInvalid')}
        </p>
        {saved ? <p role="status">{t('settings.saved')}</p> : null}
      </form>
      <LocalSchemaSection />
      <h2>{t('settings.about')}</h2>
      {info ? (
        <p data-testid="app-version">
          {t('settings.version', { version: info.version, host: t(`status.host.${info.host}`) })}
        </p>
      ) : null}
    </section>
  );
}
