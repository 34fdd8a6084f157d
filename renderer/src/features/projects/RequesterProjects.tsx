import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Project } from '../../../../shared/model/project';
import { callPlatform, problemText } from '../../api/platformOps';
import { CandidateList } from './CandidateList';

/** Requesters and admins: their organisation's projects, opening one, and its ranked candidates. */
export function RequesterProjects() {
  const { t } = useTranslation();
  const [projects, setProjects] = useState<Project[] | undefined>();
  const [open, setOpen] = useState<string | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [round, setRound] = useState(0);
  useEffect(() => {
    callPlatform('projects.list', {}).then(setProjects, (e: unknown) => setError(problemText(e)));
  }, [round]);
  const publish = async (projectId: string) => {
    try {
      await callPlatform('projects.publish', { projectId }, { status: 'open' });
      setRound((n) => n + 1);
    } catch (e) {
      setError(problemText(e));
    }
  };
  if (!projects) return <p>{error ?? t('matching.loading')}</p>;
  return (
    <div className="catalogue">
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      <h2>{t('matching.yourProjects')}</h2>
      {projects.map((p) => (
        <article
          key={p.id}
          className="catalogue-card"
          aria-labelledby={`rp-${p.id}`}
          data-testid="requester-project"
        >
          <h3 id={`rp-${p.id}`}>{p.name}</h3>
          <p>
            <span className="badge" data-testid="project-status">
              {t(`matching.status.${p.status}`)}
            </span>
          </p>
          <div className="view-actions">
            {p.status === 'draft' || p.status === 'paused' ? (
              <button type="button" className="primary" onClick={() => void publish(p.id)}>
                {t('matching.publish')}
              </button>
            ) : null}
            <button
              type="button"
              aria-expanded={open === p.id}
              onClick={() => setOpen(open === p.id ? undefined : p.id)}
            >
              {t('matching.candidates')}
            </button>
          </div>
          {open === p.id ? <CandidateList projectId={p.id} /> : null}
        </article>
      ))}
    </div>
  );
}
