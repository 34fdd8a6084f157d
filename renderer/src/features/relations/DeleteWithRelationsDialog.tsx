import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from '../../ui/Modal';

export type DeleteChoice = 'withRelations' | 'withTargets';

interface DeleteWithRelationsDialogProps {
  /** How many annotations the expert asked to delete. */
  readonly count: number;
  /** Relations that start or end at them (citations included). */
  readonly relationCount: number;
  /** Annotations their outgoing relations point at, which could go with them. */
  readonly targetCount: number;
  readonly onChoose: (choice: DeleteChoice) => void;
  readonly onCancel: () => void;
}

/** Asks what happens to a span's relations before it is deleted. Cancel is the default. */
export function DeleteWithRelationsDialog(props: DeleteWithRelationsDialogProps) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <Modal titleId={titleId} onCancel={props.onCancel} testId="delete-relations-dialog">
      <h2 id={titleId}>{t('text.deleteDialog.title', { count: props.count })}</h2>
      <p>{t('text.deleteDialog.body', { count: props.relationCount })}</p>
      <div className="modal-actions tp-dialog-actions">
        <button type="button" autoFocus onClick={props.onCancel}>
          {t('text.deleteDialog.cancel')}
        </button>
        {props.targetCount > 0 ? (
          <button type="button" className="danger" onClick={() => props.onChoose('withTargets')}>
            {t('text.deleteDialog.withTargets', { count: props.targetCount })}
          </button>
        ) : null}
        <button type="button" className="danger" onClick={() => props.onChoose('withRelations')}>
          {t('text.deleteDialog.withRelations')}
        </button>
      </div>
    </Modal>
  );
}
