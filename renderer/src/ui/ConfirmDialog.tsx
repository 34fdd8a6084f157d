import { useId } from 'react';
import { Modal } from './Modal';

interface ConfirmDialogProps {
  readonly title: string;
  readonly body: string;
  readonly confirmLabel: string;
  readonly cancelLabel: string;
  readonly danger?: boolean;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}

export function ConfirmDialog(props: ConfirmDialogProps) {
  const titleId = useId();
  return (
    <Modal titleId={titleId} onCancel={props.onCancel} testId="confirm-dialog">
      <h2 id={titleId}>{props.title}</h2>
      <p>{props.body}</p>
      <div className="modal-actions">
        {/* Cancel comes first and takes focus: the safe choice is the default. */}
        <button type="button" autoFocus onClick={props.onCancel}>
          {props.cancelLabel}
        </button>
        <button
          type="button"
          className={props.danger ? 'danger' : 'primary'}
          onClick={props.onConfirm}
        >
          {props.confirmLabel}
        </button>
      </div>
    </Modal>
  );
}
