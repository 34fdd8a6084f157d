import { useEffect, useRef, type ReactNode } from 'react';

interface ModalProps {
  readonly titleId: string;
  readonly onCancel: () => void;
  readonly children: ReactNode;
  readonly testId?: string;
}

/** A native modal <dialog>: focus is trapped inside it and Escape cancels. */
export function Modal({ titleId, onCancel, children, testId }: ModalProps) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className="modal"
      aria-labelledby={titleId}
      data-testid={testId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      {children}
    </dialog>
  );
}
