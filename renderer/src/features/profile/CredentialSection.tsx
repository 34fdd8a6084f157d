import { useTranslation } from 'react-i18next';
import { newId } from '../../../../shared/model/ids';
import {
  CREDENTIAL_TYPES,
  type Credential,
  type CredentialInput,
} from '../../../../shared/profile/profile';
import { CredentialStatus } from './CredentialStatus';
import { SelectField, TextField } from './Fields';
import { RecordList } from './RecordList';

interface Props {
  readonly items: readonly CredentialInput[];
  readonly stored: readonly Credential[];
  readonly onChange: (items: CredentialInput[]) => void;
  readonly focusId?: string;
}

const OPTIONAL = ['name', 'jurisdiction', 'number', 'issuedOn', 'expiresOn'] as const;

/** Optional fields are absent, not empty, on the wire. */
function tidy(credential: CredentialInput): CredentialInput {
  const next: Record<string, unknown> = { ...credential };
  for (const key of OPTIONAL) if (next[key] === '') delete next[key];
  return next as CredentialInput;
}

export function CredentialSection({ items, stored, onChange, focusId }: Props) {
  const { t } = useTranslation();
  return (
    <RecordList
      headingId="profile-credentials"
      title={t('profile.credentials.title')}
      help={t('profile.credentials.help')}
      items={items}
      onChange={onChange}
      tidy={tidy}
      focusId={focusId}
      legendOf={(c) => c.name || t(`profile.credentials.type.${c.type}`)}
      addLabel={t('profile.credentials.add')}
      create={(): CredentialInput => ({
        id: newId(),
        kind: 'licence',
        type: 'bar-admission',
        issuingBody: '',
      })}
    >
      {(c, update) => (
        <>
          <SelectField
            id={`cred-${c.id}-type`}
            label={t('profile.credentials.typeLabel')}
            value={c.type}
            options={CREDENTIAL_TYPES.map((v) => ({
              value: v,
              label: t(`profile.credentials.type.${v}`),
            }))}
            onChange={(v) => update({ type: v as CredentialInput['type'] })}
          />
          <SelectField
            id={`cred-${c.id}-kind`}
            label={t('profile.credentials.kind')}
            value={c.kind}
            options={[
              { value: 'licence', label: t('profile.credentials.licence') },
              { value: 'certification', label: t('profile.credentials.certification') },
            ]}
            onChange={(v) => update({ kind: v as CredentialInput['kind'] })}
          />
          <TextField
            id={`cred-${c.id}-name`}
            label={t('profile.credentials.name')}
            value={c.name ?? ''}
            onChange={(v) => update({ name: v })}
          />
          <TextField
            id={`cred-${c.id}-body`}
            label={t('profile.credentials.body')}
            value={c.issuingBody}
            required
            onChange={(v) => update({ issuingBody: v })}
          />
          <TextField
            id={`cred-${c.id}-jurisdiction`}
            label={t('profile.credentials.jurisdiction')}
            placeholder="US-NY"
            value={c.jurisdiction ?? ''}
            onChange={(v) => update({ jurisdiction: v.toUpperCase() })}
          />
          <TextField
            id={`cred-${c.id}-number`}
            label={t('profile.credentials.number')}
            value={c.number ?? ''}
            onChange={(v) => update({ number: v })}
          />
          <TextField
            id={`cred-${c.id}-expires`}
            type="date"
            label={t('profile.credentials.expires')}
            value={c.expiresOn ?? ''}
            onChange={(v) => update({ expiresOn: v })}
          />
          <CredentialStatus stored={stored.find((s) => s.id === c.id)} />
        </>
      )}
    </RecordList>
  );
}
