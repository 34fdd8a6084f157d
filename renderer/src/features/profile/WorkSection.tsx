import { useTranslation } from 'react-i18next';
import { newId } from '../../../../shared/model/ids';
import { DOMAINS, type WorkHistoryEntry } from '../../../../shared/profile/profile';
import { SelectField, TextField } from './Fields';
import { RecordList } from './RecordList';

interface Props {
  readonly items: readonly WorkHistoryEntry[];
  readonly onChange: (items: WorkHistoryEntry[]) => void;
}

/** Optional fields are absent, not empty, on the wire. */
function tidy(entry: WorkHistoryEntry): WorkHistoryEntry {
  const next = { ...entry };
  if (!next.end) delete (next as { end?: string }).end;
  if (!next.domain) delete (next as { domain?: string }).domain;
  if (!next.summary) delete (next as { summary?: string }).summary;
  return next;
}

export function WorkSection({ items, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <RecordList
      headingId="profile-work"
      title={t('profile.work.title')}
      items={items}
      onChange={onChange}
      tidy={tidy}
      legendOf={(w) => w.title || t('profile.work.new')}
      addLabel={t('profile.work.add')}
      create={() => ({ id: newId(), title: '', organisation: '', subSpecialties: [], start: '' })}
    >
      {(w, update) => (
        <>
          <TextField
            id={`work-${w.id}-title`}
            label={t('profile.work.position')}
            value={w.title}
            required
            onChange={(v) => update({ title: v })}
          />
          <TextField
            id={`work-${w.id}-org`}
            label={t('profile.work.organisation')}
            value={w.organisation}
            required
            onChange={(v) => update({ organisation: v })}
          />
          <SelectField
            id={`work-${w.id}-domain`}
            label={t('profile.work.domain')}
            value={w.domain ?? ''}
            options={[
              { value: '', label: '—' },
              ...DOMAINS.map((d) => ({ value: d, label: t(`profile.domain.${d}`) })),
            ]}
            onChange={(v) => update({ domain: (v || undefined) as WorkHistoryEntry['domain'] })}
          />
          <TextField
            id={`work-${w.id}-start`}
            type="month"
            label={t('profile.work.start')}
            value={w.start}
            required
            onChange={(v) => update({ start: v })}
          />
          <TextField
            id={`work-${w.id}-end`}
            type="month"
            label={t('profile.work.end')}
            value={w.end ?? ''}
            onChange={(v) => update({ end: v })}
          />
        </>
      )}
    </RecordList>
  );
}
