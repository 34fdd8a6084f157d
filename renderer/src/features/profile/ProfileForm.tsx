import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { newId } from '../../../../shared/model/ids';
import { useProfileStore } from '../../stores/useProfileStore';
import { CredentialSection } from './CredentialSection';
import { EducationSection } from './EducationSection';
import { ExpertiseSection } from './ExpertiseSection';
import { PreferencesSection } from './PreferencesSection';
import { addResumeSuggestion } from './profileDraft';
import { ResumeImport } from './ResumeImport';
import { WorkSection } from './WorkSection';

/** The expert's profile: every section, one Save (compare-and-set on the platform). */
export function ProfileForm() {
  const { t } = useTranslation();
  const { envelope, draft, error, saving, savedAt, focusRecordId, load, edit, save } =
    useProfileStore();
  // Fresh from the platform on every visit (a reviewer may have decided meanwhile), unless the
  // form holds edits not yet saved.
  useEffect(() => {
    if (!useProfileStore.getState().dirty) void load();
  }, [load]);
  if (!draft) return <p>{error ?? t('profile.loading')}</p>;
  const stored = envelope?.profile?.credentials ?? [];
  return (
    <form
      className="profile-form"
      aria-label={t('profile.formLabel')}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <ResumeImport onConfirm={(s) => edit(addResumeSuggestion(draft, s, newId))} />
      <ExpertiseSection items={draft.domains} onChange={(domains) => edit({ ...draft, domains })} />
      <CredentialSection
        items={draft.credentials}
        stored={stored}
        focusId={focusRecordId}
        onChange={(credentials) => edit({ ...draft, credentials })}
      />
      <EducationSection
        items={draft.education}
        focusId={focusRecordId}
        onChange={(education) => edit({ ...draft, education })}
      />
      <WorkSection
        items={draft.workHistory}
        onChange={(workHistory) => edit({ ...draft, workHistory })}
      />
      <PreferencesSection
        languages={draft.languages}
        availability={draft.availability}
        rate={draft.rate}
        onChange={(patch) => edit({ ...draft, ...patch })}
      />
      <div className="view-actions profile-actions">
        <button type="submit" className="primary" disabled={saving}>
          {saving ? t('profile.saving') : t('profile.save')}
        </button>
        {error ? (
          <p className="field-error" role="alert">
            {error}
          </p>
        ) : savedAt ? (
          <p role="status" data-testid="profile-saved">
            {t('profile.saved')}
          </p>
        ) : null}
      </div>
    </form>
  );
}
