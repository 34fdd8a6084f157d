/** Small labelled inputs for the profile form (a label per control, as screen readers need). */
import type { ReactNode } from 'react';

interface TextProps {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly type?: 'text' | 'number' | 'date' | 'month';
  readonly required?: boolean;
  readonly placeholder?: string;
  readonly invalid?: boolean;
}

export function TextField({
  id,
  label,
  value,
  onChange,
  type = 'text',
  required,
  placeholder,
  invalid,
}: TextProps) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type={type}
        value={value}
        required={required}
        placeholder={placeholder}
        aria-invalid={invalid || (required && value === '') ? true : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  );
}

interface SelectProps {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly options: readonly { readonly value: string; readonly label: string }[];
  readonly onChange: (value: string) => void;
}

export function SelectField({ id, label, value, options, onChange }: SelectProps) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

interface RecordProps {
  readonly legend: string;
  readonly onRemove: () => void;
  readonly removeLabel: string;
  readonly children: ReactNode;
  readonly highlight?: boolean;
}

/** One education, credential or position: a fieldset named by its legend. */
export function RecordFieldset({
  legend,
  onRemove,
  removeLabel,
  children,
  highlight,
}: RecordProps) {
  return (
    <fieldset className={`profile-record${highlight ? ' needs-details' : ''}`}>
      <legend>{legend}</legend>
      <div className="profile-record-fields">{children}</div>
      <button type="button" className="link-button" onClick={onRemove}>
        {removeLabel}
      </button>
    </fieldset>
  );
}

/** Replaces item `index` of a list, for immutable updates of the draft. */
export function replaceAt<T>(list: readonly T[], index: number, item: T): T[] {
  return list.map((x, i) => (i === index ? item : x));
}
