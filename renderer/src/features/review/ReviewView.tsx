import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResultOf } from '../../../../shared/platform/operations';
import { callPlatform } from '../../api/platformOps';
import { useAuthStore } from '../../stores/useAuthStore';
import { EmptyState } from '../shell/EmptyState';
import { AdjudicationPanel } from './AdjudicationPanel';
import { AgreementPanel } from './AgreementPanel';
import { GoldPanel } from './GoldPanel';
import { ReviewQueuePanel } from './ReviewQueuePanel';
import '../queue/work.css';

const TABS = ['queue', 'adjudication', 'agreement', 'gold'] as const;
type Tab = (typeof TABS)[number];

/** Reviewers' side: submitted work to decide, adjudication, agreement and gold per project. */
export function ReviewView() {
  const { t } = useTranslation();
  const signedIn = useAuthStore((s) => s.status?.state === 'signedIn');
  if (!signedIn) return <EmptyState title={t('nav.review')} message={t('review.signInFirst')} />;
  return <SignedInReview />;
}

function SignedInReview() {
  const { t } = useTranslation();
  const projectFieldId = useId();
  const [me, setMe] = useState<ResultOf<'me.get'>>();
  const [projects, setProjects] = useState<ResultOf<'projects.list'>>([]);
  const [projectId, setProjectId] = useState<string>();
  const [tab, setTab] = useState<Tab>('queue');
  const [error, setError] = useState<string>();
  useEffect(() => {
    Promise.all([callPlatform('me.get', {}), callPlatform('projects.list', {})])
      .then(([who, list]) => {
        setMe(who);
        setProjects(list);
        setProjectId((current) => current ?? list[0]?.id);
      })
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, []);
  const project = projects.find((p) => p.id === projectId);
  const staff = me && me.role !== 'expert';

  return (
    <section className="view work-view" aria-labelledby="view-title">
      <header className="view-header">
        <h1 id="view-title">{t('nav.review')}</h1>
        {staff && projects.length > 0 ? (
          <div className="view-actions">
            <label htmlFor={projectFieldId}>{t('review.project')}</label>
            <select
              id={projectFieldId}
              value={projectId}
              onChange={(e) => setProjectId(e.target.value)}
            >
              {projects.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </div>
        ) : null}
      </header>
      {error ? (
        <p className="notice notice-error" role="alert">
          {error}
        </p>
      ) : null}
      {me && !staff ? <p className="empty-state">{t('review.expertsOnly')}</p> : null}
      {staff && project ? (
        <>
          <div role="tablist" aria-label={t('review.sections')} className="tabs">
            {TABS.map((name) => (
              <button
                key={name}
                type="button"
                role="tab"
                aria-selected={tab === name}
                className={tab === name ? 'tab selected' : 'tab'}
                onClick={() => setTab(name)}
              >
                {t(`review.tab.${name}`)}
              </button>
            ))}
          </div>
          <div role="tabpanel">
            {tab === 'queue' ? <ReviewQueuePanel key={project.id} project={project} /> : null}
            {tab === 'adjudication' ? (
              <AdjudicationPanel key={project.id} project={project} />
            ) : null}
            {tab === 'agreement' ? (
              <AgreementPanel key={project.id} projectId={project.id} />
            ) : null}
            {tab === 'gold' ? <GoldPanel key={project.id} projectId={project.id} /> : null}
          </div>
        </>
      ) : null}
    </section>
  );
}
