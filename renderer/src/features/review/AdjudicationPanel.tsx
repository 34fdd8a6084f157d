import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Annotation } from '../../../../shared/model/annotation';
import { annotationsFromWire, annotationToWire } from '../../../../shared/model/annotationWire';
import type { Project } from '../../../../shared/model/project';
import {
  alignForAdjudication,
  defaultPicks,
  mergeAdjudication,
  undecided,
  type Pick,
} from '../../../../shared/review/adjudicate';
import type { DocumentSubmissions } from '../../../../shared/work/wire';
import { callPlatform, problemText } from '../../api/platformOps';
import { usePlatformQuery } from '../../api/usePlatformQuery';
import { QueryStatus } from '../../ui/QueryStatus';

function cellText(a: Annotation | undefined): string {
  if (!a) return '—';
  const t = a.target;
  return t.kind === 'span'
    ? `“${t.quote.exact}”`
    : t.kind === 'region'
      ? `p. ${t.page.pageIndex + 1}`
      : a.body.labels.join(', ');
}

/** Two or more annotators' work on one document side by side: pick a version per row, or drop it. */
export function AdjudicationPanel({ project }: { readonly project: Project }) {
  const { t } = useTranslation();
  const docFieldId = useId();
  const documents = usePlatformQuery('documents.list', { projectId: project.id });
  const [picked, setDocumentId] = useState<string>();
  const documentId = picked ?? documents.data?.[0]?.id;
  const submissions = usePlatformQuery(
    'review.documentSubmissions',
    documentId ? { projectId: project.id, documentId } : null,
  );
  // What the last save answered, until the query reads the document again.
  const [saved, setSaved] = useState<DocumentSubmissions>();
  const data = saved?.documentId === documentId ? saved : submissions.data;
  // The adjudicator's choices over the defaults (unanimous rows); cleared with the document.
  const [chosen, setPicks] = useState<Record<string, Pick>>({});
  const [message, setMessage] = useState<string>();

  const sources = useMemo(
    () =>
      (data?.submissions ?? []).map((s) => ({
        annotatorId: s.expertId,
        annotations: annotationsFromWire(s.annotations),
      })),
    [data],
  );
  const rows = useMemo(() => alignForAdjudication(sources), [sources]);
  const picks = useMemo(() => ({ ...defaultPicks(rows), ...chosen }), [rows, chosen]);
  const labelName = (id: string) => project.labelSchema.labels.find((l) => l.id === id)?.name ?? id;
  const open = undecided(rows, picks);

  const [failure, setFailure] = useState<string>();
  const save = async (): Promise<void> => {
    if (!documentId) return;
    const merged = mergeAdjudication(rows, picks).map(annotationToWire);
    setFailure(undefined);
    try {
      setSaved(
        await callPlatform(
          'review.adjudicate',
          { projectId: project.id, documentId },
          { annotations: merged },
        ),
      );
      setPicks({});
      setMessage(t('review.adjudicationSaved', { count: merged.length }));
    } catch (error) {
      setFailure(problemText(error));
    }
  };

  return (
    <div className="adjudication" data-testid="adjudication">
      <div className="field inline-field">
        <label htmlFor={docFieldId}>{t('review.document')}</label>
        <select
          id={docFieldId}
          value={documentId}
          onChange={(e) => {
            setPicks({});
            setMessage(undefined);
            setFailure(undefined);
            setDocumentId(e.target.value);
          }}
        >
          {(documents.data ?? []).map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
        </select>
      </div>
      {documents.status === 'error' ? (
        <QueryStatus query={documents}>{() => null}</QueryStatus>
      ) : null}
      {submissions.status === 'error' ? (
        <QueryStatus query={submissions}>{() => null}</QueryStatus>
      ) : null}
      {data && data.submissions.length < 2 ? (
        <p className="empty-state">{t('review.needTwo')}</p>
      ) : null}
      {data && data.submissions.length >= 2 ? (
        <>
          <table className="table adjudication-table">
            <thead>
              <tr>
                <th scope="col">{t('review.columns.label')}</th>
                {data.submissions.map((s) => (
                  <th scope="col" key={s.expertId}>
                    {s.expertName}
                  </th>
                ))}
                <th scope="col">{t('review.drop')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key} className={row.unanimous ? 'agreed' : 'disputed'}>
                  <th scope="row">{labelName(row.label)}</th>
                  {data.submissions.map((s) => (
                    <td key={s.expertId}>
                      {row.cells[s.expertId] ? (
                        <label>
                          <input
                            type="radio"
                            name={row.key}
                            checked={picks[row.key]?.from === s.expertId}
                            onChange={() =>
                              setPicks((p) => ({ ...p, [row.key]: { from: s.expertId } }))
                            }
                          />{' '}
                          {cellText(row.cells[s.expertId])}
                        </label>
                      ) : (
                        <span className="muted">—</span>
                      )}
                    </td>
                  ))}
                  <td>
                    <input
                      type="radio"
                      name={row.key}
                      aria-label={t('review.drop')}
                      checked={picks[row.key]?.from === null}
                      onChange={() => setPicks((p) => ({ ...p, [row.key]: { from: null } }))}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="muted">{t('review.undecided', { count: open.length })}</p>
          <button
            type="button"
            className="primary"
            disabled={open.length > 0}
            onClick={() => void save()}
          >
            {t('review.saveAdjudication')}
          </button>
        </>
      ) : null}
      {data?.adjudication ? (
        <p className="muted">
          {t('review.adjudicatedBy', {
            name: data.adjudication.adjudicatorName,
            count: data.adjudication.annotations.length,
          })}
        </p>
      ) : null}
      {message ? <p role="status">{message}</p> : null}
      {failure ? (
        <p className="notice notice-error" role="alert">
          {failure}
        </p>
      ) : null}
    </div>
  );
}
