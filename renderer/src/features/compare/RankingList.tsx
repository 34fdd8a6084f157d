import { useState, type DragEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { moveBy, moveTo } from '../../../../shared/compare/ranking';
import { Kbd } from './Kbd';

interface RankingListProps {
  readonly order: readonly string[];
  /** False until the expert has ranked (or confirmed the order). */
  readonly ranked: boolean;
  readonly labelOf: (answerId: string) => string;
  readonly disabled: boolean;
  readonly onChange: (order: string[]) => void;
}

/** The answers best first: drag a row, or focus it and press Alt+↑ / Alt+↓ (Home/End: to the ends). */
export function RankingList({ order, ranked, labelOf, disabled, onChange }: RankingListProps) {
  const { t } = useTranslation();
  const [dragged, setDragged] = useState<string>();
  const focusRow = (id: string): void => {
    requestAnimationFrame(() =>
      document.querySelector<HTMLElement>(`[data-rank-id="${CSS.escape(id)}"]`)?.focus(),
    );
  };
  const onKey = (id: string) => (event: KeyboardEvent) => {
    if (disabled || !event.altKey) return;
    const moves: Record<string, () => string[]> = {
      ArrowUp: () => moveBy(order, id, -1),
      ArrowDown: () => moveBy(order, id, 1),
      Home: () => moveTo(order, id, 0),
      End: () => moveTo(order, id, order.length - 1),
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    onChange(move());
    focusRow(id);
  };
  const onDrop = (index: number) => (event: DragEvent) => {
    event.preventDefault();
    if (!dragged || disabled) return;
    onChange(moveTo(order, dragged, index));
    setDragged(undefined);
  };
  return (
    <section className="compare-ranking" aria-labelledby="ranking-title">
      <h2 id="ranking-title">
        {t('compare.ranking.title')}{' '}
        <span className="muted">
          <Kbd keys="Alt+↑" /> <Kbd keys="Alt+↓" /> {t('compare.ranking.keys')}
        </span>
      </h2>
      <ol className="ranking-list" data-testid="ranking-list" data-ranked={ranked}>
        {order.map((id, index) => (
          <li
            key={id}
            data-rank-id={id}
            data-testid="ranking-item"
            tabIndex={0}
            draggable={!disabled}
            aria-label={t('compare.ranking.item', { rank: index + 1, answer: labelOf(id) })}
            className={dragged === id ? 'dragging' : undefined}
            onKeyDown={onKey(id)}
            onDragStart={(event) => {
              event.dataTransfer.setData('text/plain', id);
              setDragged(id);
            }}
            onDragEnd={() => setDragged(undefined)}
            onDragOver={(event) => event.preventDefault()}
            onDrop={onDrop(index)}
          >
            <span className="rank-number">{index + 1}</span>
            <span aria-hidden="true" className="drag-handle">
              ⠿
            </span>
            {labelOf(id)}
          </li>
        ))}
      </ol>
      {!ranked && !disabled ? (
        <button type="button" onClick={() => onChange([...order])}>
          {t('compare.ranking.confirm')}
        </button>
      ) : null}
    </section>
  );
}
