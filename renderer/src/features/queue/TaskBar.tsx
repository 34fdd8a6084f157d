import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Annotation } from '../../../../shared/model/annotation';
import type { AnnotationId } from '../../../../shared/model/ids';
import type { LabelSchema } from '../../../../shared/model/labelSchema';
import { formatDuration } from '../../../../shared/pay/statement';
import { isEditable } from '../../../../shared/review/taskStatus';
import { activeMs } from '../../../../shared/time/activity';
import type { QueueItem } from '../../../../shared/work/wire';
import { useTimeStore, measuredMs } from '../../stores/useTimeStore';
import { useWorkStore } from '../../stores/useWorkStore';
import { ReturnNoticePanel } from './ReturnNoticePanel';
import { SkipDialog } from './SkipDialog';
import { useActivityTracking } from './useActivityTracking';

interface TaskBarProps {
  readonly item: QueueItem;
  readonly schema: LabelSchema;
  readonly annotations: readonly Annotation[];
  readonly onSelect: (id: AnnotationId) => void;
}

/** The task around the open document: status, the visible clock, save, submit and skip. */
export function TaskBar({ item, schema, annotations, onSelect }: TaskBarProps) {
  const { t } = useTranslation();
  const project = useWorkStore((s) => s.queue?.projects.find((p) => p.id === item.projectId));
  const { submit, move } = useWorkStore.getState();
  const editable = isEditable(item.status);
  useActivityTracking(
    editable ? item.assignmentId : undefined,
    project?.settings.idleSeconds ?? 120,
  );
  const { activity, idleMs, paused } = useTimeStore();
  const [now, setNow] = useState(() => Date.now());
  const [stored, setStored] = useState(0);
  const [message, setMessage] = useState<string>();
  const [problems, setProblems] = useState<readonly string[]>([]);
  const [busy, setBusy] = useState(false);
  const [skipping, setSkipping] = useState(false);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  useEffect(() => {
    void measuredMs(item.assignmentId).then(setStored);
  }, [item.assignmentId, activity.closed.length, now]);
  const live = activeMs(activity, now, { idleMs }, item.assignmentId);
  const running =
    editable &&
    !paused &&
    activity.open?.taskId === item.assignmentId &&
    now - activity.open.lastSignal <= idleMs;

  const saveDraft = async (): Promise<void> => {
    await useTimeStore.getState().save();
    await useTimeStore
      .getState()
      .flush()
      .catch(() => undefined);
    setMessage(t('queue.draftSaved'));
  };
  const doSubmit = async (): Promise<void> => {
    setBusy(true);
    setProblems([]);
    setMessage(undefined);
    const outcome = await submit(item, schema, () => useTimeStore.getState().flush());
    setBusy(false);
    if (outcome.ok) {
      const gold = outcome.result.gold;
      setMessage(
        gold
          ? t(gold.passed ? 'queue.goldPassed' : 'queue.goldMissed', {
              f1: Math.round((gold.spanF1 ?? 0) * 100),
            })
          : t('queue.submitted'),
      );
    } else if (outcome.completeness)
      setProblems(outcome.completeness.problems.map((p) => p.message));
    else setMessage(t('queue.submitFailed', { message: outcome.message }));
  };

  return (
    <div className="task-bar" data-testid="task-bar" data-status={item.status}>
      <div className="task-bar-row">
        <span className="task-title">
          {project?.name} · {item.title}
        </span>
        <span className={`status-badge status-${item.status}`} data-testid="task-status">
          {t(`queue.status.${item.status}`)}
        </span>
        <span
          className="task-clock"
          title={t('time.explain', { minutes: Math.round(idleMs / 60_000) })}
        >
          <span aria-hidden="true">⏱</span>{' '}
          <span data-testid="task-timer">{formatDuration(stored + live)}</span>{' '}
          <span className="muted">
            {editable ? (running ? t('time.running') : t('time.paused')) : t('time.stopped')}
          </span>
        </span>
        {editable ? (
          paused ? (
            <button type="button" onClick={() => useTimeStore.getState().resume()}>
              {t('time.resume')}
            </button>
          ) : (
            <button type="button" onClick={() => useTimeStore.getState().pause()}>
              {t('time.pause')}
            </button>
          )
        ) : null}
        <span className="workspace-spacer" />
        {editable ? (
          <>
            <button type="button" onClick={() => void saveDraft()}>
              {t('queue.saveDraft')}
            </button>
            {item.status !== 'returned' ? (
              <button type="button" onClick={() => setSkipping(true)}>
                {t('queue.skipEllipsis')}
              </button>
            ) : null}
            <button
              type="button"
              className="primary"
              disabled={busy}
              onClick={() => void doSubmit()}
            >
              {item.status === 'returned' ? t('queue.resubmit') : t('queue.submit')}
            </button>
          </>
        ) : null}
      </div>
      {!editable && item.status !== 'offered' ? (
        <p className="notice notice-info" data-testid="locked-note">
          {t('queue.locked', { status: t(`queue.status.${item.status}`) })}
        </p>
      ) : null}
      {message ? (
        <p className="notice notice-info" role="status">
          {message}
        </p>
      ) : null}
      {problems.length > 0 ? (
        <div className="notice notice-error" role="alert" data-testid="completeness-problems">
          <p>{t('queue.incomplete')}</p>
          <ul>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {item.status === 'returned' && item.returnNotice ? (
        <ReturnNoticePanel
          notice={item.returnNotice}
          annotations={annotations}
          onSelect={onSelect}
        />
      ) : null}
      {skipping ? (
        <SkipDialog
          title={item.title}
          onCancel={() => setSkipping(false)}
          onSkip={async (reason) => {
            await move(item, 'skipped', reason);
            setSkipping(false);
          }}
        />
      ) : null}
    </div>
  );
}
