import { uuidv7 } from 'uuidv7';
import type { Annotation } from '../../../../shared/model/annotation';
import type { AnnotationWire } from '../../../../shared/model/annotationSchema';
import type { LabelSchema } from '../../../../shared/model/project';
import { scoreGoldAnswer } from '../../../../shared/gold/score';
import { checkCompleteness } from '../../../../shared/review/completeness';
import { reviewCompleteness } from '../../../../shared/compare/completeness';
import type { AnswerReviewPayload } from '../../../../shared/model/answerReview';
import { transition } from '../../../../shared/review/taskStatus';
import { targetProblem } from '../../../../shared/sync/targetCheck';
import { workspaceSchemaOf } from '../../../../shared/work/projectSchema';
import type { SubmitResult } from '../../../../shared/work/wire';
import { requireProject } from '../core/access';
import { audit } from '../core/audit';
import { notFound, ServiceError } from '../core/errors';
import type { Principal } from '../core/principal';
import { DOCUMENT_FACTS, toTargetDocument } from '../sync/syncDocuments';
import { lockAssignment, parseJson, type WorkContext } from './context';
import { readSettings } from './settings';

/** Problems that make a submission unacceptable whatever the project's rules (not the expert's own). */
function checkOwnership(
  annotations: readonly AnnotationWire[],
  projectId: string,
  documentId: string,
): string | undefined {
  const ids = new Set<string>();
  for (const a of annotations) {
    if (ids.has(a.id)) return `annotation ${a.id} appears twice`;
    ids.add(a.id);
    if (a.projectId !== projectId || a.documentId !== documentId)
      return `annotation ${a.id} belongs to another document`;
  }
  return undefined;
}

export function submitService(ctx: WorkContext) {
  return {
    /**
     * Submits the expert's annotations for the assignment's document as one snapshot: checked for
     * completeness against the project's rules, stored as this round's submission (what the
     * reviewer decides on, whatever sync does later), and scored at once if the task is gold.
     */
    async submit(
      principal: Principal,
      projectId: string,
      assignmentId: string,
      annotations: readonly AnnotationWire[],
    ): Promise<SubmitResult> {
      const access = await requireProject(ctx.db, principal, projectId, 'annotate');
      const schema = parseJson<LabelSchema>(access.project.label_schema);
      const settings = await readSettings(ctx.db, projectId);
      const result = await ctx.db.transaction().execute(async (trx) => {
        const row = await lockAssignment(trx, ctx.dialect, projectId, assignmentId);
        if (row.expert_id !== principal.id) throw notFound('assignment');
        const task = await trx
          .selectFrom('tasks')
          .select(['document_id', 'title', 'payload'])
          .where('project_id', '=', projectId)
          .where('id', '=', row.task_id)
          .executeTakeFirstOrThrow();
        const wrong = checkOwnership(annotations, projectId, task.document_id);
        if (wrong) throw new ServiceError('badRequest', wrong);
        // The same check sync makes before it stores an annotation.
        const facts = toTargetDocument(
          await trx
            .selectFrom('documents')
            .select(DOCUMENT_FACTS)
            .where('project_id', '=', projectId)
            .where('id', '=', task.document_id)
            .executeTakeFirstOrThrow(),
        );
        const misplaced = annotations.find((a) => targetProblem(a.target, facts) !== undefined);
        if (misplaced)
          throw new ServiceError(
            'badRequest',
            `annotation ${misplaced.id} lies outside the document`,
          );
        const mine = annotations.map((a) => ({ ...a, creatorId: principal.id }));
        const base = checkCompleteness(mine as unknown as Annotation[], workspaceSchemaOf(schema), {
          requiredLabels: settings.requiredLabels,
          minAnnotations: settings.minAnnotations,
        });
        // An answer review must rank, score and mark against this task's answers.
        const review =
          task.payload !== null
            ? reviewCompleteness(
                mine as unknown as Annotation[],
                row.task_id,
                parseJson<AnswerReviewPayload>(task.payload),
                schema,
              )
            : [];
        const completeness = {
          complete: base.complete && review.length === 0,
          problems: [...base.problems, ...review],
        };
        const next = transition(
          { status: row.status, round: row.round },
          { type: 'submit', completeness },
          'expert',
        );
        if (!next.ok) {
          if (next.code === 'incomplete')
            throw new ServiceError(
              'unprocessable',
              `the work is not complete: ${(next.details ?? []).join('; ')}`.slice(0, 1_000),
            );
          throw new ServiceError('conflict', next.message);
        }
        const now = ctx.now().toISOString();
        const submissionId = uuidv7();
        await trx
          .insertInto('work_submissions')
          .values({
            project_id: projectId,
            id: submissionId,
            assignment_id: assignmentId,
            task_id: row.task_id,
            document_id: task.document_id,
            expert_id: principal.id,
            round: next.state.round,
            annotations: JSON.stringify(mine),
            submitted_at: now,
          })
          .execute();
        await trx
          .updateTable('assignments')
          .set({
            status: next.state.status,
            round: next.state.round,
            submitted_at: now,
            updated_at: now,
          })
          .where('project_id', '=', projectId)
          .where('id', '=', assignmentId)
          .execute();
        const key = await trx
          .selectFrom('gold_keys')
          .select('annotations')
          .where('project_id', '=', projectId)
          .where('task_id', '=', row.task_id)
          .executeTakeFirst();
        let gold: SubmitResult['gold'];
        if (key) {
          const score = scoreGoldAnswer(
            { goldTaskId: row.task_id, annotations: parseJson<Annotation[]>(key.annotations) },
            {
              expertId: principal.id,
              goldTaskId: row.task_id,
              annotations: mine as unknown as Annotation[],
            },
            { passF1: settings.goldPassF1 },
          );
          gold = { passed: score.passed, spanF1: score.spanF1 };
          const values = { passed: score.passed ? 1 : 0, span_f1: score.spanF1, scored_at: now };
          await trx
            .insertInto('gold_scores')
            .values({
              project_id: projectId,
              assignment_id: assignmentId,
              task_id: row.task_id,
              expert_id: principal.id,
              ...values,
            })
            .onConflict((oc) => oc.columns(['project_id', 'assignment_id']).doUpdateSet(values))
            .execute();
        }
        await audit(trx, {
          actorId: principal.id,
          action: `assignment.${next.state.status}`,
          projectId,
          subjectId: assignmentId,
          detail: { submissionId, round: next.state.round, annotations: mine.length },
        });
        return {
          assignmentId,
          status: next.state.status,
          round: next.state.round,
          submissionId,
          submittedAt: now,
          ...(gold ? { gold } : {}),
        };
      });
      ctx.events.poke([projectId]);
      return result;
    },
  };
}
