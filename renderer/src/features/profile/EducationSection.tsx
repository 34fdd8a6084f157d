import { useTranslation } from 'react-i18next';
import { newId } from '../../../../shared/model/ids';
import type { Education } from '../../../../shared/profile/profile';
import { RecordFieldset, replaceAt, TextField } from './Fields';

interface Props {
  readonly items: readonly Education[];
  readonly onChange: (items: Education[]) => void;
  readonly focusId?: string;
}

export function EducationSection({ items, onChange, focusId }: Props) {
  const { t } = useTranslation();
  const update = (i: number, patch: Partial<Education>) =>
    onChange(replaceAt(items, i, { ...items[i]!, ...patch }));
  return (
    <section className="profile-section" aria-labelledby="profile-education">
      <h2 id="profile-education">{t('profile.education.title')}</h2>
      {items.map((e, i) => (
        <RecordFieldset
          key={e.id}
          legend={e.degree || t('profile.education.new')}
          removeLabel={t('profile.remove')}
          onRemove={() => onChange(items.filter((_, j) => j !== i))}
          highlight={e.id === focusId}
        >
          <TextField
            id={`edu-${e.id}-degree`}
            label={t('profile.education.degree')}
            value={e.degree}
            required
            onChange={(v) => update(i, { degree: v })}
          />
          <TextField
            id={`edu-${e.id}-field`}
            label={t('profile.education.field')}
            value={e.field}
            required
            onChange={(v) => update(i, { field: v })}
          />
          <TextField
            id={`edu-${e.id}-institution`}
            label={t('profile.education.institution')}
            value={e.institution}
            required
            onChange={(v) => update(i, { institution: v })}
          />
          <TextField
            id={`edu-${e.id}-year`}
            type="number"
            label={t('profile.education.year')}
            value={String(e.year)}
            onChange={(v) => update(i, { year: Number(v) })}
          />
        </RecordFieldset>
      ))}
      <button
        type="button"
        onClick={() =>
          onChange([
            ...items,
            { id: newId(), degree: '', field: '', institution: '', year: new Date().getFullYear() },
          ])
        }
      >
        {t('profile.education.add')}
      </button>
    </section>
  );
}
