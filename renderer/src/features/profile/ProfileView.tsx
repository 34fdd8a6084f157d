import { useTranslation } from 'react-i18next';
import { useAccountStore } from '../../stores/useAccountStore';
import { EmptyState } from '../shell/EmptyState';
import { CredentialQueue } from './CredentialQueue';
import { ProfileForm } from './ProfileForm';
import '../../styles/vetting.css';

/** Experts build their profile here; reviewers and admins work the credential queue. */
export function ProfileView() {
  const { t } = useTranslation();
  const me = useAccountStore((s) => s.me);
  if (!me) return <EmptyState title={t('nav.profile')} message={t('profile.signedOut')} />;
  return (
    <section className="view profile-view" aria-labelledby="view-title">
      <h1 id="view-title">{t('nav.profile')}</h1>
      {me.role === 'expert' ? (
        <>
          <p className="help">{t('profile.intro')}</p>
          <ProfileForm />
        </>
      ) : me.role === 'reviewer' || me.role === 'admin' ? (
        <CredentialQueue />
      ) : (
        <p>{t('profile.notExpert')}</p>
      )}
    </section>
  );
}
