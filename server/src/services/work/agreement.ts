import type { Annotation } from '../../../../shared/model/annotation';
import {
  agreementTable,
  formatAgreementTable,
  type Submission,
} from '../../../../shared/agreement/pairwiseTable';
import type { Agreement } from '../../../../shared/work/wireInsight';
import type { DocumentSubmissions } from '../../../../shared/work/wire';
import type { AnnotationWire } from '../../../../shared/model/annotationSchema';
import { requireProject } from '../core/access';
import { audit } from '../core/audit';
import { notFound, ServiceError } from '../core/errors';
import type { Principal } from '../core/principal';
import { namesOf, parseJson, type WorkContext } from './context';

export function agreementService(ctx: WorkContext) {
  async function requireReviewOrManage(principal: Principal, projectId: string) {
    const access = await requireProject(ctx.db, principal, projectId, 'read');
    if (!access.rights.has('review') && !access.rights.has('manage'))
      throw new ServiceError('forbidden', 'you may not compare annotators in this project');
    return access;
  }

  /** Each expert's latest submission per document (gold tasks left out: they have a key). */
  async function latestSubmissions(projectId: string, documentId?: string) {
    let query = ctx.db
      .selectFrom('work_submissions as s')
      .innerJoin('assignments as a', (j) =>
        j.onRef('a.project_id', '=', 's.project_id').onRef('a.id', '=', 's.assignment_id'),
      )
      .leftJoin('gold_keys as g', (j) =>
        j.onRef('g.project_id', '=', 's.project_id').onRef('g.task_id', '=', 's.task_id'),
      )
      .select([
        's.expert_id',
        's.document_id',
        's.assignment_id',
        's.round',
        's.annotations',
        's.submitted_at',
        'a.status',
      ])
      .where('s.project_id', '=', projectId)
      .where('g.task_id', 'is', null)
      .orderBy('s.submitted_at')
      .orderBy('s.round');
    if (documentId) query = query.where('s.document_id', '=', documentId);
    const rows = await query.execute();
    const latest = new Map<string, (typeof rows)[number]>();
    for (const r of rows) latest.set(`${r.expert_id}:${r.document_id}`, r);
    return [...latest.values()];
  }

  return {
    /** Pairwise span F1 (exact, overlap), Cohen's κ and Krippendorff's α over submitted work. */
    async table(principal: Principal, projectId: string): Promise<Agreement> {
      await requireReviewOrManage(principal, projectId);
      const rows = await latestSubmissions(projectId);
      const submissions: Submission[] = rows.map((r) => ({
        annotatorId: r.expert_id,
        documentId: r.document_id,
        annotations: parseJson<Annotation[]>(r.annotations),
      }));
      const table = agreementTable(submissions);
      const names = await namesOf(ctx.db, table.annotators);
      const named = {
        ...table,
        annotators: table.annotators.map((id) => names.get(id) ?? id),
        pairs: table.pairs.map((p) => ({
          ...p,
          a: names.get(p.a) ?? p.a,
          b: names.get(p.b) ?? p.b,
        })),
      };
      return {
        annotators: table.annotators.map((id) => ({ id, name: names.get(id) ?? '' })),
        documents: table.documents,
        pairs: table.pairs.map((p) => ({
          a: p.a,
          b: p.b,
          sharedDocuments: p.sharedDocuments,
          f1Exact: p.spanExact.micro.f1,
          f1Overlap: p.spanOverlap.micro.f1,
          macroF1Overlap: p.spanOverlap.macroF1,
          kappa: p.classKappa.kappa,
          kappaItems: p.classKappa.n,
          perLabel: Object.entries(p.spanOverlap.perLabel).map(([label, r]) => ({
            label,
            f1: r.f1,
          })),
        })),
        alpha: table.classAlpha.alpha,
        alphaValues: table.classAlpha.n,
        text: formatAgreementTable(named),
      };
    },

    /** Everyone's latest work on one document, side by side, with the adjudication if there is one. */
    async documentSubmissions(
      principal: Principal,
      projectId: string,
      documentId: string,
    ): Promise<DocumentSubmissions> {
      await requireProject(ctx.db, principal, projectId, 'review');
      const document = await ctx.db
        .selectFrom('documents')
        .select('name')
        .where('project_id', '=', projectId)
        .where('id', '=', documentId)
        .executeTakeFirst();
      if (!document) throw notFound('document');
      const rows = await latestSubmissions(projectId, documentId);
      const adjudication = await ctx.db
        .selectFrom('work_adjudications')
        .selectAll()
        .where('project_id', '=', projectId)
        .where('document_id', '=', documentId)
        .executeTakeFirst();
      const names = await namesOf(ctx.db, [
        ...rows.map((r) => r.expert_id),
        ...(adjudication ? [adjudication.adjudicator_id] : []),
      ]);
      return {
        documentId,
        documentName: document.name,
        submissions: rows.map((r) => ({
          expertId: r.expert_id,
          expertName: names.get(r.expert_id) ?? '',
          assignmentId: r.assignment_id,
          round: r.round,
          status: r.status,
          annotations: parseJson<AnnotationWire[]>(r.annotations),
        })),
        ...(adjudication
          ? {
              adjudication: {
                annotations: parseJson<AnnotationWire[]>(adjudication.annotations),
                adjudicatorName: names.get(adjudication.adjudicator_id) ?? '',
                updatedAt: adjudication.updated_at,
              },
            }
          : {}),
      };
    },

    /** Stores the adjudicated (picked or merged) annotations for a document. */
    async adjudicate(
      principal: Principal,
      projectId: string,
      documentId: string,
      annotations: readonly AnnotationWire[],
    ) {
      await requireProject(ctx.db, principal, projectId, 'review');
      const exists = await ctx.db
        .selectFrom('documents')
        .select('id')
        .where('project_id', '=', projectId)
        .where('id', '=', documentId)
        .executeTakeFirst();
      if (!exists) throw notFound('document');
      if (annotations.some((a) => a.projectId !== projectId || a.documentId !== documentId))
        throw new ServiceError('badRequest', 'every annotation must belong to this document');
      const now = ctx.now().toISOString();
      const values = {
        annotations: JSON.stringify(annotations),
        adjudicator_id: principal.id,
        updated_at: now,
      };
      await ctx.db
        .insertInto('work_adjudications')
        .values({ project_id: projectId, document_id: documentId, ...values })
        .onConflict((oc) => oc.columns(['project_id', 'document_id']).doUpdateSet(values))
        .execute();
      await audit(ctx.db, {
        actorId: principal.id,
        action: 'work.adjudicate',
        projectId,
        subjectId: documentId,
        detail: { annotations: annotations.length },
      });
      return this.documentSubmissions(principal, projectId, documentId);
    },
  };
}
