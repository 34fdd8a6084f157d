import { useTranslation } from 'react-i18next';
import { newId } from '../../../../shared/model/ids';
import {
  CREDENTIAL_TYPES,
  type Credential,
  type CredentialInput,
} from '../../../../shared/profile/profile';
import { CredentialStatus } from './CredentialStatus';
import { RecordFieldset, replaceAt, SelectField, TextField } from './Fields';

interface Props {
  readonly items: readonly CredentialInput[];
  readonly stored: readonly Credential[];
  readonly onChange: (items: CredentialInput[]) => void;
  readonly focusId?: string;
}

const OPTIONAL = ['name', 'jurisdiction', 'number', 'issuedOn', 'expiresOn'] as const;

export function CredentialSection({ items, stored, onChange, focusId }: Props) {
  const { t } = useTranslation();
  const update = (i: number, patch: Partial<CredentialInput>) => {
    const next: Record<string, unknown> = { ...items[i]!, ...patch };
    for (const key of OPTIONAL) if (next[key] === '') delete next[key];
    onChange(replaceAt(items, i, next as CredentialInput));
  };
  return (
    <section className="profile-section" aria-labelledby="profile-credentials">
      <h2 id="profile-credentials">{t('profile.credentials.title')}</h2>
      <p className="help">{t('profile.credentials.help')}</p>
      {items.map((c, i) => (
        <RecordFieldset
          key={c.id}
          legend={c.name || t(`profile.credentials.type.${c.type}`)}
          removeLabel={t('profile.remove')}
          onRemove={() => onChange(items.filter((_, j) => j !== i))}
          highlight={c.id === focusId}
        >
          <SelectField
            id={`cred-${c.id}-type`}
            label={t('profile.credentials.typeLabel')}
            value={c.type}
            options={CREDENTIAL_TYPES.map((v) => ({
              value: v,
              label: t(`profile.credentials.type.${v}`),
            }))}
            onChange={(v) => update(i, { type: v as CredentialInput['type'] })}
          />
          <SelectField
            id={`cred-${c.id}-kind`}
            label={t('profile.credentials.kind')}
            value={c.kind}
            options={[
              { value: 'licence', label: t('profile.credentials.licence') },
              { value: 'certification', label: t('profile.credentials.certification') },
            ]}
            onChange={(v) => update(i, { kind: v as CredentialInput['kind'] })}
          />
          <TextField
            id={`cred-${c.id}-name`}
            label={t('profile.credentials.name')}
            value={c.name ?? ''}
            onChange={(v) => update(i, { name: v })}
          />
          <TextField
            id={`cred-${c.id}-body`}
            label={t('profile.credentials.body')}
            value={c.issuingBody}
            required
            onChange={(v) => update(i, { issuingBody: v })}
          />
          <TextField
            id={`cred-${c.id}-jurisdiction`}
            label={t('profile.credentials.jurisdiction')}
            placeholder="US-NY"
            value={c.jurisdiction ?? ''}
            onChange={(v) => update(i, { jurisdiction: v.toUpperCase() })}
          />
          <TextField
            id={`cred-${c.id}-number`}
            label={t('profile.credentials.number')}
            value={c.number ?? ''}
            onChange={(v) => update(i, { number: v })}
          />
          <TextField
            id={`cred-${c.id}-expires`}
            type="date"
            label={t('profile.credentials.expires')}
            value={c.expiresOn ?? ''}
            onChange={(v) => update(i, { expiresOn: v })}
          />
          <CredentialStatus stored={stored.find((s) => s.id === c.id)} />
        </RecordFieldset>
      ))}
      <button
        type="button"
        onClick={() =>
          onChange([
            ...items,
            { id: newId(), kind: 'licence', type: 'bar-admission', issuingBody: '' },
          ])
        }
      >
        {t('profile.credentials.add')}
      </button>
    </section>
  );
}
