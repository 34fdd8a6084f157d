import { useTranslation } from 'react-i18next';
import { EmptyState } from '../shell/EmptyState';

export function InterviewView() {
  const { t } = useTranslation();
  return <EmptyState title={t('nav.interview')} message={t('empty.interview')} />;
}
