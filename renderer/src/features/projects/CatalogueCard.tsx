import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssignmentStatus } from '../../../../shared/model/assignment';
import type { CatalogueEntry } from '../../../../shared/platform/ops/vettingSchemas';
import { callPlatform } from '../../api/platformOps';
import { useCatalogueStore } from '../../stores/useCatalogueStore';
import { Requirements } from './Requirements';

/** The tasks of an accepted project that are the expert's (what the work queue will list). */
function MyTasks({ projectId }: { readonly projectId: string }) {
  const { t } = useTranslation();
  const [tasks, setTasks] = useState<{ id: string; title: string; status: AssignmentStatus }[]>([]);
  useEffect(() => {
    void (async () => {
      const [all, mine] = await Promise.all([
        callPlatform('tasks.list', { projectId }),
        callPlatform('me.assignments', {}),
      ]);
      const status = new Map(
        mine.filter((a) => a.projectId === projectId).map((a) => [a.taskId, a.status]),
      );
      setTasks(
        all
          .filter((task) => status.has(task.id))
          .map((task) => ({ ...task, status: status.get(task.id)! })),
      );
    })().catch(() => undefined);
  }, [projectId]);
  return (
    <ul aria-label={t('matching.yourTasks')} data-testid="my-tasks">
      {tasks.map((task) => (
        <li key={task.id}>
          {task.title} — {t(`matching.assignment.${task.status}`)}
        </li>
      ))}
    </ul>
  );
}

export function CatalogueCard({ entry }: { readonly entry: CatalogueEntry }) {
  const { t } = useTranslation();
  const { accept, decline, busy } = useCatalogueStore();
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState('');
  return (
    <article
      className="catalogue-card"
      aria-labelledby={`p-${entry.projectId}`}
      data-testid="catalogue-match"
      data-state={entry.state}
    >
      <h3 id={`p-${entry.projectId}`}>{entry.title}</h3>
      <p className="help">
        {t(`profile.domain.${entry.domain}`)} ·{' '}
        {t('matching.score', { score: Math.round(entry.score) })}
      </p>
      <p>{entry.description}</p>
      <Requirements listing={entry.listing} languages={entry.languages} pay={entry.pay} />
      <h4>{t('matching.why')}</h4>
      <ul className="reasons" data-testid="match-reasons">
        {entry.reasons.map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ul>
      {entry.concerns.length > 0 ? (
        <ul className="concerns" aria-label={t('matching.concerns')}>
          {entry.concerns.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
      ) : null}
      {entry.state === 'accepted' ? (
        <>
          <p role="status">{t('matching.accepted', { count: entry.assignments })}</p>
          <MyTasks projectId={entry.projectId} />
        </>
      ) : declining ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void decline(entry.projectId, reason).then(() => setDeclining(false));
          }}
        >
          <label htmlFor={`decline-${entry.projectId}`}>{t('matching.declineReason')}</label>
          <input
            id={`decline-${entry.projectId}`}
            value={reason}
            maxLength={1000}
            onChange={(e) => setReason(e.target.value)}
          />
          <button type="submit" disabled={busy}>
            {t('matching.confirmDecline')}
          </button>
          <button type="button" className="link-button" onClick={() => setDeclining(false)}>
            {t('matching.cancel')}
          </button>
        </form>
      ) : (
        <div className="view-actions">
          {entry.state === 'declined' ? (
            <span className="badge">{t('matching.declined')}</span>
          ) : null}
          <button
            type="button"
            className="primary"
            disabled={busy}
            onClick={() => void accept(entry.projectId)}
          >
            {t('matching.accept')}
          </button>
          {entry.state !== 'declined' ? (
            <button type="button" onClick={() => setDeclining(true)}>
              {t('matching.decline')}
            </button>
          ) : null}
        </div>
      )}
    </article>
  );
}
