import { useTranslation } from 'react-i18next';
import { EmptyState } from '../shell/EmptyState';

export function EarningsView() {
  const { t } = useTranslation();
  return <EmptyState title={t('nav.earnings')} message={t('empty.earnings')} />;
}
