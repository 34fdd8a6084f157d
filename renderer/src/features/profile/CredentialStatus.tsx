import { useTranslation } from 'react-i18next';
import { effectiveStatus } from '../../../../shared/credentials/verification';
import type { Credential } from '../../../../shared/profile/profile';

/** Unverified / pending / verified / rejected (with the reason), and the automatic checks. */
export function CredentialStatus({ stored }: { readonly stored?: Credential }) {
  const { t } = useTranslation();
  if (!stored)
    return (
      <p className="credential-status" data-testid="credential-status" data-status="unsaved">
        {t('profile.credentials.status.unsaved')}
      </p>
    );
  const today = new Date().toISOString().slice(0, 10);
  const { status, reason } = effectiveStatus(stored, today);
  const checks = stored.verification.status === 'unverified' ? [] : stored.verification.checks;
  return (
    <div className="credential-status" data-testid="credential-status" data-status={status}>
      <span className={`badge badge-${status}`}>{t(`profile.credentials.status.${status}`)}</span>
      {reason ? <span className="credential-reason">{reason}</span> : null}
      {checks.length > 0 ? (
        <ul className="credential-checks">
          {checks.map((c) => (
            <li key={c.check} data-outcome={c.outcome}>
              {t(`profile.credentials.check.${c.outcome}`)}: {c.message}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
