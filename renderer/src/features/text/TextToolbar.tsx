import { useTranslation } from 'react-i18next';
import { FONT_SIZES, type ViewSettings } from './useViewSettings';

interface TextToolbarProps {
  readonly settings: ViewSettings;
  readonly onChange: (patch: Partial<ViewSettings>) => void;
  readonly onFind: () => void;
  readonly onGoToLine: () => void;
  readonly onShowShortcuts: () => void;
  /** Absent when the schema is not the local workspace's (projects bring theirs). */
  readonly onEditSchema?: () => void;
}

export function TextToolbar({ settings, onChange, ...actions }: TextToolbarProps) {
  const { t } = useTranslation();
  const toggle = (key: 'wordWrap' | 'minimap' | 'snapWords', label: string) => (
    <button
      type="button"
      className="tp-toggle"
      aria-pressed={settings[key]}
      onClick={() => onChange({ [key]: !settings[key] })}
    >
      {label}
    </button>
  );
  return (
    <div className="tp-toolbar" role="toolbar" aria-label={t('text.toolbar')}>
      <div className="tp-group" role="group" aria-label={t('text.fontSize')}>
        <button
          type="button"
          aria-label={t('text.smaller')}
          disabled={settings.fontSize <= FONT_SIZES.min}
          onClick={() => onChange({ fontSize: settings.fontSize - FONT_SIZES.step })}
        >
          A−
        </button>
        <span className="tp-font-size" data-testid="font-size">
          {t('text.fontSizeValue', { size: settings.fontSize })}
        </span>
        <button
          type="button"
          aria-label={t('text.larger')}
          disabled={settings.fontSize >= FONT_SIZES.max}
          onClick={() => onChange({ fontSize: settings.fontSize + FONT_SIZES.step })}
        >
          A+
        </button>
      </div>
      {toggle('wordWrap', t('text.wordWrap'))}
      {toggle('minimap', t('text.minimap'))}
      {toggle('snapWords', t('text.snapWords'))}
      <button type="button" onClick={actions.onFind} aria-keyshortcuts="Control+F">
        {t('text.find')}
      </button>
      <button type="button" onClick={actions.onGoToLine} aria-keyshortcuts="Control+G">
        {t('text.goToLine')}
      </button>
      <span className="tp-spacer" />
      <button type="button" onClick={actions.onShowShortcuts}>
        {t('text.shortcuts')}
      </button>
      {actions.onEditSchema ? (
        <button type="button" onClick={actions.onEditSchema}>
          {t('text.editSchema')}
        </button>
      ) : null}
    </div>
  );
}
