import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface TextInspectorProps {
  readonly hereCount: number;
  /** Annotations at the selection. */
  readonly here: ReactNode;
  /** The document's classes and interpretation. */
  readonly document: ReactNode;
}

type Tab = 'here' | 'document';

/** The pane's side panel: what is at the selection, or what is said of the whole document. */
export function TextInspector({ hereCount, here, document }: TextInspectorProps) {
  const { t } = useTranslation();
  const [tab, setTab] = useState<Tab>('here');
  const tabButton = (id: Tab, label: string) => (
    <button
      type="button"
      role="tab"
      id={`tp-tab-${id}`}
      aria-selected={tab === id}
      aria-controls={`tp-panel-${id}`}
      className="tp-tab"
      onClick={() => setTab(id)}
    >
      {label}
    </button>
  );
  return (
    <aside className="tp-inspector" aria-label={t('text.inspector')}>
      <div role="tablist" className="tp-tabs">
        {tabButton('here', t('text.hereTab', { count: hereCount }))}
        {tabButton('document', t('text.documentTab'))}
      </div>
      <div
        role="tabpanel"
        id={`tp-panel-${tab}`}
        aria-labelledby={`tp-tab-${tab}`}
        className="tp-panel"
      >
        {tab === 'here' ? here : document}
      </div>
    </aside>
  );
}
