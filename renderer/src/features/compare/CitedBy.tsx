import { useTranslation } from 'react-i18next';
import type { CitingItem } from '../../../../shared/compare/citing';
import { markCommentId } from './ErrorMarkList';
import { scoreCommentId } from './RubricScores';

interface CitedByProps {
  readonly quote: string;
  readonly items: readonly CitingItem[];
  readonly labelOf: (answerId: string) => string;
  readonly criterionName: (criterionId: string) => string;
}

/** From a source span to the comments citing it: each is a link that focuses that comment. */
export function CitedBy({ quote, items, labelOf, criterionName }: CitedByProps) {
  const { t } = useTranslation();
  const focus = (id: string): void => {
    const field = document.getElementById(id);
    field?.scrollIntoView({ block: 'center' });
    field?.focus();
  };
  return (
    <aside className="cited-by" data-testid="cited-by" aria-label={t('compare.citedBy.title')}>
      <h3>{t('compare.citedBy.title')}</h3>
      <p className="muted">“{quote.slice(0, 120)}”</p>
      {items.length === 0 ? <p className="muted">{t('compare.citedBy.none')}</p> : null}
      <ul>
        {items.map((item) => (
          <li key={item.kind === 'score' ? `${item.answerId}:${item.criterionId}` : item.errorId}>
            <button
              type="button"
              onClick={() =>
                focus(
                  item.kind === 'score'
                    ? scoreCommentId(item.answerId, item.criterionId)
                    : markCommentId(item.errorId),
                )
              }
            >
              {item.kind === 'score'
                ? t('compare.citedBy.score', {
                    answer: labelOf(item.answerId),
                    criterion: criterionName(item.criterionId),
                  })
                : t('compare.citedBy.error', { answer: labelOf(item.answerId) })}
            </button>
          </li>
        ))}
      </ul>
    </aside>
  );
}
