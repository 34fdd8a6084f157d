import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SchemaEditorDialog } from './SchemaEditorDialog';

/** The Settings entry for the local workspace's label schema. */
export function LocalSchemaSection() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <h2>{t('schema.settingsTitle')}</h2>
      <p className="help">{t('schema.settingsHelp')}</p>
      <button type="button" onClick={() => setOpen(true)}>
        {t('schema.open')}
      </button>
      {open ? <SchemaEditorDialog onClose={() => setOpen(false)} /> : null}
    </>
  );
}
