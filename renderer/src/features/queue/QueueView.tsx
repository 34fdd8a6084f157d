import { useTranslation } from 'react-i18next';
import { EmptyState } from '../shell/EmptyState';

export function QueueView() {
  const { t } = useTranslation();
  return <EmptyState title={t('nav.queue')} message={t('empty.queue')} />;
}
