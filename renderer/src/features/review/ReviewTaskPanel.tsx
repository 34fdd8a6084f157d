import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Annotation } from '../../../../shared/model/annotation';
import type { AnnotationId } from '../../../../shared/model/ids';
import type { Project } from '../../../../shared/model/project';
import { reviewOutcome, type TaskReview } from '../../../../shared/review/decisions';
import type { ReviewBody, ReviewQueueItem, Submission } from '../../../../shared/work/wire';
import { callPlatform } from '../../api/platformOps';
import { DecisionRow, type DraftDecision } from './DecisionRow';

interface ReviewTaskPanelProps {
  readonly project: Project;
  readonly item: ReviewQueueItem;
  readonly onDone: () => void;
}

/** Builds the review the platform receives from the reviewer's drafts. */
export function reviewBodyOf(
  submission: Submission,
  drafts: Readonly<Record<string, DraftDecision>>,
  missing: readonly string[],
): ReviewBody {
  return {
    submissionId: submission.id,
    decisions: submission.annotations.map((a) => {
      const d = drafts[a.id] ?? { verdict: 'accept', reason: '' };
      const reason = d.reason.trim();
      return {
        annotationId: a.id,
        verdict: d.verdict,
        ...(reason ? { reason } : {}),
        ...(d.verdict === 'correct'
          ? { correction: { body: { ...a.body, labels: [d.label ?? a.body.labels[0] ?? ''] } } }
          : {}),
      };
    }),
    ...(missing.some((m) => m.trim())
      ? { missing: missing.filter((m) => m.trim()).map((reason) => ({ reason: reason.trim() })) }
      : {}),
  };
}

/** One submission: a verdict per annotation, findings of what is missing, then approve or return. */
export function ReviewTaskPanel({ project, item, onDone }: ReviewTaskPanelProps) {
  const { t } = useTranslation();
  const [submission, setSubmission] = useState<Submission>();
  const [drafts, setDrafts] = useState<Record<string, DraftDecision>>({});
  const [missing, setMissing] = useState<string[]>([]);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    callPlatform('work.submission', { projectId: project.id, assignmentId: item.assignmentId })
      .then(setSubmission)
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, [project.id, item.assignmentId]);

  const body = useMemo(
    () => (submission ? reviewBodyOf(submission, drafts, missing) : undefined),
    [submission, drafts, missing],
  );
  const outcome = useMemo(
    () =>
      submission && body
        ? reviewOutcome(
            submission.annotations as unknown as Annotation[],
            {
              decisions: body.decisions.map((d) => ({
                ...d,
                annotationId: d.annotationId as AnnotationId,
              })),
              missing: missing.filter((m) => m.trim()).map((reason) => ({ reason })),
            } as TaskReview,
          )
        : undefined,
    [submission, body, missing],
  );

  // Any rejection or missing finding sends the work back (the button says so before it is valid).
  const returns =
    (body?.decisions.some((d) => d.verdict === 'reject') ?? false) ||
    (body?.missing?.length ?? 0) > 0;

  const send = async (): Promise<void> => {
    if (!body) return;
    setBusy(true);
    setError(undefined);
    try {
      await callPlatform(
        'review.decide',
        { projectId: project.id, assignmentId: item.assignmentId },
        body,
      );
      onDone();
    } catch (e) {
      setBusy(false);
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <div className="review-task" data-testid="review-task">
      <header className="review-task-header">
        <button type="button" onClick={onDone}>
          ← {t('review.back')}
        </button>
        <h2>
          {item.title} · {item.expertName}
        </h2>
      </header>
      {submission?.previousNotice ? (
        <div className="notice notice-info">
          <p>{t('review.previousNotice')}</p>
          <ul>
            {submission.previousNotice.items.map((n, i) => (
              <li key={i}>
                {t(`review.verdict.${n.verdict}`)}: {n.reason}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {submission ? (
        <ul className="decision-list">
          {submission.annotations.map((a) => (
            <DecisionRow
              key={a.id}
              annotation={a}
              annotations={submission.annotations}
              project={project}
              decision={drafts[a.id] ?? { verdict: 'accept', reason: '' }}
              onChange={(d) => setDrafts((all) => ({ ...all, [a.id]: d }))}
            />
          ))}
        </ul>
      ) : null}
      {submission && submission.annotations.length === 0 ? (
        <p className="muted">{t('review.nothingSubmitted')}</p>
      ) : null}
      <div className="missing-findings">
        <h3>{t('review.missingTitle')}</h3>
        {missing.map((m, i) => (
          <input
            key={i}
            aria-label={t('review.missingReason', { n: i + 1 })}
            value={m}
            onChange={(e) => setMissing((all) => all.map((x, j) => (j === i ? e.target.value : x)))}
          />
        ))}
        <button type="button" onClick={() => setMissing((all) => [...all, ''])}>
          {t('review.addMissing')}
        </button>
      </div>
      {outcome && !outcome.ok ? (
        <ul className="field-error" data-testid="review-problems">
          {outcome.problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      ) : null}
      {error ? (
        <p className="notice notice-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="modal-actions">
        <button
          type="button"
          className="primary"
          disabled={!outcome?.ok || busy}
          onClick={() => void send()}
        >
          {returns ? t('review.return') : t('review.approve')}
        </button>
      </div>
    </div>
  );
}
