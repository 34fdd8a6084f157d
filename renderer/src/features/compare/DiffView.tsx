import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { diffTexts } from '../../../../shared/compare/diff';

export interface DiffSide {
  readonly id: string;
  readonly label: string;
  readonly text: string;
}

/** Two texts (answers or an answer and the rewrite) with deletions and insertions marked. */
export function DiffView({ sides }: { readonly sides: readonly DiffSide[] }) {
  const { t } = useTranslation();
  const [leftId, setLeft] = useState(sides[0]?.id ?? '');
  const [rightId, setRight] = useState(sides[sides.length - 1]?.id ?? '');
  const left = sides.find((s) => s.id === leftId) ?? sides[0];
  const right = sides.find((s) => s.id === rightId) ?? sides[1];
  const result = useMemo(() => diffTexts(left?.text ?? '', right?.text ?? ''), [left, right]);
  const pick = (value: string, onChange: (id: string) => void, label: string) => (
    <label>
      {label}{' '}
      <select value={value} onChange={(event) => onChange(event.target.value)}>
        {sides.map((side) => (
          <option key={side.id} value={side.id}>
            {side.label}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <section className="diff-view" data-testid="diff-view" aria-label={t('compare.diff.title')}>
      <div className="diff-controls">
        {pick(leftId, setLeft, t('compare.diff.left'))}
        {pick(rightId, setRight, t('compare.diff.right'))}
        <span className="muted" data-testid="diff-stats">
          {t('compare.diff.stats', { deleted: result.deleted, inserted: result.inserted })}
        </span>
      </div>
      <pre className="diff-text">
        {result.segments.map((segment, index) =>
          segment.op === 'delete' ? (
            <del key={index}>{segment.text}</del>
          ) : segment.op === 'insert' ? (
            <ins key={index}>{segment.text}</ins>
          ) : (
            <span key={index}>{segment.text}</span>
          ),
        )}
      </pre>
    </section>
  );
}
