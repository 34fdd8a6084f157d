import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Candidates } from '../../../../shared/platform/ops/vettingSchemas';
import { callPlatform, problemText } from '../../api/platformOps';

/** The requester's view: experts ranked for the project with reasons; the rest counted by reason. */
export function CandidateList({ projectId }: { readonly projectId: string }) {
  const { t } = useTranslation();
  const [data, setData] = useState<Candidates | undefined>();
  const [error, setError] = useState<string | undefined>();
  useEffect(() => {
    callPlatform('candidates.list', { projectId }).then(setData, (e: unknown) =>
      setError(problemText(e)),
    );
  }, [projectId]);
  if (!data) return <p>{error ?? t('matching.loading')}</p>;
  if (!data.listed) return <p>{t('matching.notListed')}</p>;
  return (
    <div className="candidates" data-testid="candidates">
      {data.candidates.length === 0 ? <p>{t('matching.noCandidates')}</p> : null}
      <ol>
        {data.candidates.map((c) => (
          <li key={c.expertId} className="candidate" data-testid="candidate">
            <strong>{c.displayName}</strong> — {t('matching.score', { score: Math.round(c.score) })}
            {c.state !== 'open' ? <span className="badge">{t(`matching.${c.state}`)}</span> : null}
            <ul className="reasons">
              {c.reasons.map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ul>
            {c.concerns.length > 0 ? (
              <ul className="concerns">
                {c.concerns.map((r) => (
                  <li key={r}>{r}</li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ol>
      {data.excluded.count > 0 ? (
        <details>
          <summary>{t('matching.filteredOut', { count: data.excluded.count })}</summary>
          <ul>
            {data.excluded.reasons.map((r) => (
              <li key={r.reason}>
                {r.reason} ({r.count})
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
