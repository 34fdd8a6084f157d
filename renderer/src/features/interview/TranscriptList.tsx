import { useTranslation } from 'react-i18next';
import type { TurnWire } from '../../../../shared/platform/ops/vettingSchemas';
import { Markdown } from './Markdown';

/** Prompts and answers, as the expert saw and wrote them. */
export function TranscriptList({ turns }: { readonly turns: readonly TurnWire[] }) {
  const { t } = useTranslation();
  return (
    <ol className="transcript" aria-label={t('interview.transcript')}>
      {turns.map((turn) => (
        <li key={turn.id} className="transcript-turn" data-turn-id={turn.id}>
          <div className="chat-turn question">
            <strong>
              {turn.kind === 'follow-up'
                ? t('interview.followUp', { number: turn.itemIndex + 1 })
                : t('interview.question', { number: turn.itemIndex + 1 })}
            </strong>
            <Markdown text={turn.prompt} />
          </div>
          {turn.answer ? (
            <div className="chat-turn answer">
              <Markdown text={turn.answer.text} />
            </div>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
