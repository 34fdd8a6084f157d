import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { RecordFieldset, replaceAt } from './Fields';

interface RecordListProps<T extends { readonly id: string }> {
  /** The heading's id (the section is labelled by it). */
  readonly headingId: string;
  readonly title: string;
  readonly help?: string;
  readonly items: readonly T[];
  readonly onChange: (items: T[]) => void;
  readonly legendOf: (item: T) => string;
  readonly addLabel: string;
  /** A new, empty record. */
  readonly create: () => T;
  /** Tidies an edited record (optional fields are absent, not empty, on the wire). */
  readonly tidy?: (item: T) => T;
  /** The record the reviewer asked about, shown highlighted. */
  readonly focusId?: string;
  /** The record's fields; `update` merges a change into it. */
  readonly children: (item: T, update: (patch: Partial<T>) => void) => ReactNode;
}

/** A profile section made of records (degrees, jobs, licences): edit, remove, add. */
export function RecordList<T extends { readonly id: string }>(props: RecordListProps<T>) {
  const { t } = useTranslation();
  const { items, onChange } = props;
  const update = (i: number, patch: Partial<T>): void => {
    const next = { ...items[i]!, ...patch };
    onChange(replaceAt(items, i, props.tidy ? props.tidy(next) : next));
  };
  return (
    <section className="profile-section" aria-labelledby={props.headingId}>
      <h2 id={props.headingId}>{props.title}</h2>
      {props.help ? <p className="help">{props.help}</p> : null}
      {items.map((item, i) => (
        <RecordFieldset
          key={item.id}
          legend={props.legendOf(item)}
          removeLabel={t('profile.remove')}
          onRemove={() => onChange(items.filter((_, j) => j !== i))}
          highlight={item.id === props.focusId}
        >
          {props.children(item, (patch) => update(i, patch))}
        </RecordFieldset>
      ))}
      <button type="button" onClick={() => onChange([...items, props.create()])}>
        {props.addLabel}
      </button>
    </section>
  );
}
