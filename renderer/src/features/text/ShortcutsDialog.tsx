import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from '../../ui/Modal';

const SHORTCUTS = [
  ['Shift+←/→/↑/↓', 'extend'],
  ['Ctrl+Shift+←/→', 'extendWord'],
  ['Shift+Alt+→', 'expand'],
  ['Shift+Alt+S', 'sentence'],
  ['1…9 / key', 'label'],
  ['] / [', 'next'],
  ['Enter', 'open'],
  ['Delete', 'delete'],
  ['Ctrl+Z / Ctrl+Shift+Z', 'undo'],
  ['Ctrl+F', 'find'],
  ['Ctrl+G', 'goToLine'],
] as const;

/** Every key the text pane understands, for keyboard-only labelling. */
export function ShortcutsDialog({ onClose }: { readonly onClose: () => void }) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <Modal titleId={titleId} onCancel={onClose} testId="shortcuts-dialog">
      <h2 id={titleId}>{t('text.shortcutsTitle')}</h2>
      <dl className="tp-shortcuts">
        {SHORTCUTS.map(([keys, id]) => (
          <div key={id}>
            <dt>
              <kbd>{keys}</kbd>
            </dt>
            <dd>{t(`text.shortcut.${id}`)}</dd>
          </div>
        ))}
      </dl>
      <div className="modal-actions">
        <button type="button" autoFocus onClick={onClose}>
          {t('text.close')}
        </button>
      </div>
    </Modal>
  );
}
