import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PaneProps } from '../workspace/paneProps';
import { PdfPasswordPrompt } from './PdfPasswordPrompt';
import { PdfWorkspace } from './PdfWorkspace';
import { usePdfDocument } from './usePdfDocument';
import './pdfPane.css';
import './pdfTextLayer.css';

/**
 * The PDF labelling pane. It knows nothing of stores or the database: it renders the document
 * and reports what the expert did through the PaneProps callbacks (as zotero/reader does).
 */
export function PdfPane(props: PaneProps) {
  const [attempt, setAttempt] = useState(0);
  return (
    <PdfPaneAttempt
      key={`${props.document.id}:${attempt}`}
      {...props}
      onRetry={() => setAttempt((n) => n + 1)}
    />
  );
}

function PdfPaneAttempt({ onRetry, ...props }: PaneProps & { readonly onRetry: () => void }) {
  const { t } = useTranslation();
  const state = usePdfDocument(props.content.bytes);
  const name = props.document.name;

  if (state.status === 'ready')
    return <PdfWorkspace {...props} doc={state.doc} pages={state.pages} />;
  return (
    <div className="pdfv pdfv-centered" data-testid="pdf-pane" data-status={state.status}>
      {state.status === 'loading' ? (
        <p aria-busy="true">{t('pdf.loading')}</p>
      ) : state.status === 'password' ? (
        <PdfPasswordPrompt
          name={name}
          retry={state.retry}
          onSubmit={state.submit}
          onCancel={state.cancel}
        />
      ) : (
        <div
          className="pdfv-card"
          role="alert"
          data-testid="pdf-error"
          data-failure={state.failure}
        >
          <p>{t(`pdf.error.${state.failure}`, { name, detail: state.detail })}</p>
          {state.failure !== 'damaged' ? (
            <button type="button" onClick={onRetry}>
              {t('pdf.error.retry')}
            </button>
          ) : null}
        </div>
      )}
    </div>
  );
}
