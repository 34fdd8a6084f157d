import { useTranslation } from 'react-i18next';
import { EmptyState } from '../shell/EmptyState';

export function ProjectsView() {
  const { t } = useTranslation();
  return <EmptyState title={t('nav.projects')} message={t('empty.projects')} />;
}
