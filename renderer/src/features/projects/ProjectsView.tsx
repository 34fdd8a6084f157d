import { useTranslation } from 'react-i18next';
import { useAccountStore } from '../../stores/useAccountStore';
import { EmptyState } from '../shell/EmptyState';
import { ProjectsForYou } from './ProjectsForYou';
import { RequesterProjects } from './RequesterProjects';
import '../../styles/vetting.css';

export function ProjectsView() {
  const { t } = useTranslation();
  const me = useAccountStore((s) => s.me);
  if (!me) return <EmptyState title={t('nav.projects')} message={t('empty.projects')} />;
  return (
    <section className="view" aria-labelledby="view-title">
      <h1 id="view-title">{t('nav.projects')}</h1>
      {me.role === 'expert' ? (
        <ProjectsForYou />
      ) : me.role === 'requester' || me.role === 'admin' ? (
        <RequesterProjects />
      ) : (
        <p>{t('matching.reviewerNote')}</p>
      )}
    </section>
  );
}
