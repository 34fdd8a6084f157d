import { useTranslation } from 'react-i18next';
import { newId } from '../../../../shared/model/ids';
import type { Education } from '../../../../shared/profile/profile';
import { TextField } from './Fields';
import { RecordList } from './RecordList';

interface Props {
  readonly items: readonly Education[];
  readonly onChange: (items: Education[]) => void;
  readonly focusId?: string;
}

export function EducationSection({ items, onChange, focusId }: Props) {
  const { t } = useTranslation();
  return (
    <RecordList
      headingId="profile-education"
      title={t('profile.education.title')}
      items={items}
      onChange={onChange}
      focusId={focusId}
      legendOf={(e) => e.degree || t('profile.education.new')}
      addLabel={t('profile.education.add')}
      create={() => ({
        id: newId(),
        degree: '',
        field: '',
        institution: '',
        year: new Date().getFullYear(),
      })}
    >
      {(e, update) => (
        <>
          <TextField
            id={`edu-${e.id}-degree`}
            label={t('profile.education.degree')}
            value={e.degree}
            required
            onChange={(v) => update({ degree: v })}
          />
          <TextField
            id={`edu-${e.id}-field`}
            label={t('profile.education.field')}
            value={e.field}
            required
            onChange={(v) => update({ field: v })}
          />
          <TextField
            id={`edu-${e.id}-institution`}
            label={t('profile.education.institution')}
            value={e.institution}
            required
            onChange={(v) => update({ institution: v })}
          />
          <TextField
            id={`edu-${e.id}-year`}
            type="number"
            label={t('profile.education.year')}
            value={String(e.year)}
            onChange={(v) => update({ year: Number(v) })}
          />
        </>
      )}
    </RecordList>
  );
}
