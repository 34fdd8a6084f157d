import { useTranslation } from 'react-i18next';
import type { Annotation } from '../../../../shared/model/annotation';
import type { AnnotationId } from '../../../../shared/model/ids';
import type { QueueItem } from '../../../../shared/work/wire';

interface ReturnNoticePanelProps {
  readonly notice: NonNullable<QueueItem['returnNotice']>;
  readonly annotations: readonly Annotation[];
  readonly onSelect: (id: AnnotationId) => void;
}

function describe(annotation: Annotation | undefined): string {
  if (!annotation) return '';
  const where =
    annotation.target.kind === 'span' ? `“${annotation.target.quote.exact.slice(0, 80)}”` : '';
  return `${annotation.body.labels.join(', ')} ${where}`.trim();
}

/** What the reviewer asked to change: each annotation (click to select it) and the reason. */
export function ReturnNoticePanel({ notice, annotations, onSelect }: ReturnNoticePanelProps) {
  const { t } = useTranslation();
  return (
    <section
      className="return-notice"
      aria-label={t('queue.noticeTitle')}
      data-testid="return-notice"
    >
      <h2>{t('queue.noticeTitle')}</h2>
      <ul>
        {notice.items.map((item, index) => {
          const annotation = annotations.find((a) => a.id === item.annotationId);
          return (
            <li key={`${item.annotationId ?? 'missing'}-${index}`} data-verdict={item.verdict}>
              <strong>{t(`review.verdict.${item.verdict}`)}</strong>{' '}
              {item.annotationId ? (
                annotation ? (
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => onSelect(annotation.id)}
                  >
                    {describe(annotation)}
                  </button>
                ) : (
                  <span className="muted">{t('queue.noticeGone')}</span>
                )
              ) : null}
              <span className="notice-reason">: {item.reason}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
