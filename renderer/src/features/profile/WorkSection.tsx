import { useTranslation } from 'react-i18next';
import { newId } from '../../../../shared/model/ids';
import { DOMAINS, type WorkHistoryEntry } from '../../../../shared/profile/profile';
import { RecordFieldset, replaceAt, SelectField, TextField } from './Fields';

interface Props {
  readonly items: readonly WorkHistoryEntry[];
  readonly onChange: (items: WorkHistoryEntry[]) => void;
}

export function WorkSection({ items, onChange }: Props) {
  const { t } = useTranslation();
  const update = (i: number, patch: Partial<WorkHistoryEntry>) => {
    const next = { ...items[i]!, ...patch };
    // Optional fields are absent, not empty, on the wire.
    if (!next.end) delete (next as { end?: string }).end;
    if (!next.domain) delete (next as { domain?: string }).domain;
    if (!next.summary) delete (next as { summary?: string }).summary;
    onChange(replaceAt(items, i, next));
  };
  return (
    <section className="profile-section" aria-labelledby="profile-work">
      <h2 id="profile-work">{t('profile.work.title')}</h2>
      {items.map((w, i) => (
        <RecordFieldset
          key={w.id}
          legend={w.title || t('profile.work.new')}
          removeLabel={t('profile.remove')}
          onRemove={() => onChange(items.filter((_, j) => j !== i))}
        >
          <TextField
            id={`work-${w.id}-title`}
            label={t('profile.work.position')}
            value={w.title}
            required
            onChange={(v) => update(i, { title: v })}
          />
          <TextField
            id={`work-${w.id}-org`}
            label={t('profile.work.organisation')}
            value={w.organisation}
            required
            onChange={(v) => update(i, { organisation: v })}
          />
          <SelectField
            id={`work-${w.id}-domain`}
            label={t('profile.work.domain')}
            value={w.domain ?? ''}
            options={[
              { value: '', label: '—' },
              ...DOMAINS.map((d) => ({ value: d, label: t(`profile.domain.${d}`) })),
            ]}
            onChange={(v) => update(i, { domain: (v || undefined) as WorkHistoryEntry['domain'] })}
          />
          <TextField
            id={`work-${w.id}-start`}
            type="month"
            label={t('profile.work.start')}
            value={w.start}
            required
            onChange={(v) => update(i, { start: v })}
          />
          <TextField
            id={`work-${w.id}-end`}
            type="month"
            label={t('profile.work.end')}
            value={w.end ?? ''}
            onChange={(v) => update(i, { end: v })}
          />
        </RecordFieldset>
      ))}
      <button
        type="button"
        onClick={() =>
          onChange([
            ...items,
            { id: newId(), title: '', organisation: '', subSpecialties: [], start: '' },
          ])
        }
      >
        {t('profile.work.add')}
      </button>
    </section>
  );
}
