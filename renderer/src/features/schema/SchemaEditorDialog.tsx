import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LOCAL_PROJECT_ID } from '../../../../shared/model/ids';
import type { LabelSchema } from '../../../../shared/model/labelSchema';
import { useSchemaStore } from '../../stores/useSchemaStore';
import { Modal } from '../../ui/Modal';
import { SchemaEditor } from './SchemaEditor';

/** The local workspace's schema editor in a dialog, from the workspace or from Settings. */
export function SchemaEditorDialog({ onClose }: { readonly onClose: () => void }) {
  const { t } = useTranslation();
  const titleId = useId();
  const [schema, setSchema] = useState<LabelSchema>();
  useEffect(() => {
    void useSchemaStore.getState().load(LOCAL_PROJECT_ID).then(setSchema);
  }, []);
  return (
    <Modal titleId={titleId} onCancel={onClose} testId="schema-dialog">
      <h2 id={titleId}>{t('schema.title')}</h2>
      <p className="help">{t('schema.intro')}</p>
      {schema ? (
        <SchemaEditor
          schema={schema}
          onSave={(next) => useSchemaStore.getState().saveLocal(next)}
          onCancel={onClose}
        />
      ) : (
        <p>{t('common.loading')}</p>
      )}
    </Modal>
  );
}
