import { uuidv7 } from 'uuidv7';
import type { Annotation } from '../../../../shared/model/annotation';
import { awaitsReview } from '../../../../shared/model/assignment';
import { hourlyAmountMinor, type PayRule } from '../../../../shared/pay/earnings';
import { asCurrency, formatMinor } from '../../../../shared/pay/money';
import {
  reviewOutcome,
  type ReturnNotice,
  type TaskReview,
} from '../../../../shared/review/decisions';
import { transition } from '../../../../shared/review/taskStatus';
import type {
  LatestReview,
  ReviewBody,
  ReviewQueueItem,
  ReviewResult,
  Submission,
} from '../../../../shared/work/wire';
import { requireProject } from '../core/access';
import { audit } from '../core/audit';
import { notFound, ServiceError } from '../core/errors';
import type { Principal } from '../core/principal';
import { lockAssignment, namesOf, parseJson, type WorkContext } from './context';
import { canSee, latestSubmission } from './reviewAccess';
import { payableTimeFor } from './time';

export function reviewService(ctx: WorkContext) {
  return {
    async queue(principal: Principal, projectId: string): Promise<ReviewQueueItem[]> {
      await requireProject(ctx.db, principal, projectId, 'review');
      const rows = await ctx.db
        .selectFrom('assignments as a')
        .innerJoin('tasks as t', (j) =>
          j.onRef('t.project_id', '=', 'a.project_id').onRef('t.id', '=', 'a.task_id'),
        )
        .innerJoin('documents as d', (j) =>
          j.onRef('d.project_id', '=', 't.project_id').onRef('d.id', '=', 't.document_id'),
        )
        .innerJoin('work_submissions as s', (j) =>
          j
            .onRef('s.project_id', '=', 'a.project_id')
            .onRef('s.assignment_id', '=', 'a.id')
            .onRef('s.round', '=', 'a.round'),
        )
        .innerJoin('accounts as e', 'e.id', 'a.expert_id')
        .leftJoin('gold_keys as g', (j) =>
          j.onRef('g.project_id', '=', 'a.project_id').onRef('g.task_id', '=', 'a.task_id'),
        )
        .select([
          'a.id',
          'a.task_id',
          'a.status',
          'a.round',
          'a.expert_id',
          't.title',
          't.document_id',
          'd.name as document_name',
          'e.display_name',
          's.id as submission_id',
          's.submitted_at',
          's.annotations',
          'g.task_id as gold_task',
        ])
        .where('a.project_id', '=', projectId)
        .where('a.status', 'in', ['submitted', 'resubmitted'])
        .orderBy('s.submitted_at')
        .limit(1_000)
        .execute();
      return rows.map((r) => ({
        assignmentId: r.id,
        projectId,
        taskId: r.task_id,
        documentId: r.document_id,
        documentName: r.document_name,
        title: r.title,
        expertId: r.expert_id,
        expertName: r.display_name,
        status: r.status,
        round: r.round,
        submissionId: r.submission_id,
        submittedAt: r.submitted_at,
        annotationCount: parseJson<unknown[]>(r.annotations).length,
        gold: r.gold_task !== null,
      }));
    },

    async submission(
      principal: Principal,
      projectId: string,
      assignmentId: string,
    ): Promise<Submission> {
      await canSee(ctx, principal, projectId, assignmentId);
      const s = await latestSubmission(ctx, projectId, assignmentId);
      if (!s) throw notFound('submission');
      const previous = await ctx.db
        .selectFrom('work_reviews')
        .select('notice')
        .where('project_id', '=', projectId)
        .where('assignment_id', '=', assignmentId)
        .where('outcome', '=', 'return')
        .where('round', '<', s.round)
        .orderBy('round', 'desc')
        .limit(1)
        .executeTakeFirst();
      return {
        id: s.id,
        assignmentId,
        projectId,
        documentId: s.document_id,
        expertId: s.expert_id,
        round: s.round,
        submittedAt: s.submitted_at,
        annotations: parseJson<Submission['annotations']>(s.annotations),
        ...(previous?.notice
          ? {
              previousNotice: parseJson<ReturnNotice>(
                previous.notice,
              ) as Submission['previousNotice'],
            }
          : {}),
      };
    },

    /** The latest review of an assignment: the expert sees exactly which annotations and why. */
    async latest(
      principal: Principal,
      projectId: string,
      assignmentId: string,
    ): Promise<LatestReview> {
      await canSee(ctx, principal, projectId, assignmentId);
      const r = await ctx.db
        .selectFrom('work_reviews')
        .selectAll()
        .where('project_id', '=', projectId)
        .where('assignment_id', '=', assignmentId)
        .orderBy('round', 'desc')
        .limit(1)
        .executeTakeFirst();
      if (!r) throw notFound('review');
      const names = await namesOf(ctx.db, [r.reviewer_id]);
      return {
        reviewId: r.id,
        outcome: r.outcome,
        round: r.round,
        reviewerName: names.get(r.reviewer_id) ?? '',
        createdAt: r.created_at,
        decisions: parseJson<LatestReview['decisions']>(r.decisions),
        ...(r.notice
          ? { notice: parseJson<ReturnNotice>(r.notice) as LatestReview['notice'] }
          : {}),
      };
    },

    /**
     * A reviewer's decisions on the latest submission. Any rejection or missing finding returns
     * the task with the notice; otherwise it is approved and — in the same transaction — credited
     * on the ledger once (per task, or reconciled hours × rate).
     */
    async decide(
      principal: Principal,
      projectId: string,
      assignmentId: string,
      body: ReviewBody,
    ): Promise<ReviewResult> {
      const access = await requireProject(ctx.db, principal, projectId, 'review');
      const project = access.project;
      const result = await ctx.db.transaction().execute(async (trx) => {
        const row = await lockAssignment(trx, ctx.dialect, projectId, assignmentId);
        if (row.expert_id === principal.id)
          throw new ServiceError('forbidden', 'you cannot review your own work');
        if (!awaitsReview(row.status))
          throw new ServiceError('conflict', `the task is ${row.status}, not awaiting review`);
        const submission = await trx
          .selectFrom('work_submissions')
          .selectAll()
          .where('project_id', '=', projectId)
          .where('assignment_id', '=', assignmentId)
          .where('round', '=', row.round)
          .executeTakeFirst();
        if (!submission) throw notFound('submission');
        if (submission.id !== body.submissionId)
          throw new ServiceError('conflict', 'a newer submission arrived; review that one');
        const review = {
          decisions: body.decisions,
          missing: body.missing ?? [],
        } as unknown as TaskReview;
        const outcome = reviewOutcome(parseJson<Annotation[]>(submission.annotations), review);
        if (!outcome.ok)
          throw new ServiceError('badRequest', outcome.problems.join('; ').slice(0, 1_000));
        const event =
          outcome.outcome === 'approve'
            ? ({ type: 'approve', review: outcome } as const)
            : ({ type: 'return', review: outcome } as const);
        const next = transition({ status: row.status, round: row.round }, event, 'reviewer');
        if (!next.ok) throw new ServiceError('conflict', next.message);
        const now = ctx.now().toISOString();
        const reviewId = uuidv7();
        const notice = outcome.outcome === 'return' ? outcome.notice : undefined;
        await trx
          .insertInto('work_reviews')
          .values({
            project_id: projectId,
            id: reviewId,
            assignment_id: assignmentId,
            submission_id: submission.id,
            round: row.round,
            reviewer_id: principal.id,
            outcome: outcome.outcome,
            decisions: JSON.stringify(body.decisions),
            missing: JSON.stringify(body.missing ?? []),
            notice: notice ? JSON.stringify(notice) : null,
            created_at: now,
          })
          .execute();
        await trx
          .updateTable('assignments')
          .set({ status: next.state.status, updated_at: now })
          .where('project_id', '=', projectId)
          .where('id', '=', assignmentId)
          .execute();
        let earning: ReviewResult['earning'];
        if (outcome.outcome === 'approve') {
          const currency = asCurrency(project.pay_currency);
          const pay: PayRule =
            project.pay_kind === 'perHour'
              ? { kind: 'hourly', rateMinor: project.pay_rate_minor, currency }
              : { kind: 'per-task', rateMinor: project.pay_rate_minor, currency };
          const activeMs =
            pay.kind === 'hourly'
              ? await payableTimeFor(trx, row.expert_id, projectId, assignmentId, now)
              : undefined;
          const amount =
            pay.kind === 'hourly' ? hourlyAmountMinor(activeMs ?? 0, pay.rateMinor) : pay.rateMinor;
          if (amount > 0) {
            const posted = await ctx.ledger.accrueApproval(
              {
                projectId,
                // The project's organisation owes the earning (its books, its balance).
                organisationId: project.organisation_id,
                assignmentId,
                taskId: row.task_id,
                expertId: row.expert_id,
                reviewId,
                reviewerId: principal.id,
                pay,
                ...(activeMs !== undefined ? { activeMs } : {}),
                approvedAt: now,
              },
              trx,
            );
            const amountMinor = Math.abs(
              posted.transaction.entries.find((e) => e.amountMinor > 0)?.amountMinor ?? 0,
            );
            earning = {
              transactionId: posted.transaction.id,
              amountMinor,
              currency,
              detail: `${formatMinor(amountMinor, currency)} ${currency}`,
            };
          }
        }
        await audit(trx, {
          actorId: principal.id,
          action: `assignment.${next.state.status}`,
          projectId,
          subjectId: assignmentId,
          detail: {
            reviewId,
            round: row.round,
            decisions: body.decisions.length,
            ...(earning ? { transactionId: earning.transactionId } : {}),
          },
        });
        return {
          assignmentId,
          status: next.state.status,
          reviewId,
          outcome: outcome.outcome,
          ...(notice ? { notice: notice as ReviewResult['notice'] } : {}),
          ...(earning ? { earning } : {}),
        };
      });
      ctx.events.poke([projectId]);
      return result;
    },
  };
}
