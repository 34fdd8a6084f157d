import { codePointIndex } from '../anchor/codePoints';
import type {
  Agent,
  Annotation,
  AnnotationTarget,
  PreAnnotation,
  Relation,
} from '../model/annotation';
import { isUuid, type AnnotationId } from '../model/ids';
import { importStamps, ReportBuilder } from './report';
import { readResults, type Region } from './labelStudioResults';
import type { LabelStudioResult, LabelStudioTask } from './labelStudioShared';
import type { DocumentInput, ImportOptions, ImportResult, InputFile } from './types';

/** A task as the UI lists it before choosing or creating the document it belongs to. */
export interface LabelStudioTaskSummary {
  readonly index: number;
  readonly id?: number | string;
  /** The task's text (its longest string field), for creating a text document from it. */
  readonly text?: string;
  /** A file name or URL found in the task's data (`pdf`, `document`), for matching a PDF. */
  readonly file?: string;
  readonly annotations: number;
  readonly predictions: number;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Tasks in a Label Studio JSON file: an array of tasks, one task, or `{ tasks: [...] }`. */
export function parseTasks(text: string): { tasks: LabelStudioTask[]; problem?: string } {
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch (error) {
    return {
      tasks: [],
      problem: `the file is not valid JSON (${error instanceof Error ? error.message : String(error)})`,
    };
  }
  const list: unknown = Array.isArray(root)
    ? root
    : isRecord(root) && Array.isArray(root.tasks)
      ? root.tasks
      : [root];
  const tasks = (list as unknown[]).filter(
    (t): t is LabelStudioTask => isRecord(t) && isRecord(t.data),
  );
  const dropped = (list as unknown[]).length - tasks.length;
  return dropped > 0
    ? { tasks, problem: `${dropped} entries are not tasks (a task has a "data" object)` }
    : { tasks };
}

function strings(task: LabelStudioTask): string[] {
  return Object.values(task.data).filter((v): v is string => typeof v === 'string');
}

export function listLabelStudioTasks(text: string): LabelStudioTaskSummary[] {
  return parseTasks(text).tasks.map((task, index) => {
    const longest = strings(task).sort((a, b) => b.length - a.length)[0];
    const file = [task.data.pdf, task.data.document].find(
      (v): v is string => typeof v === 'string',
    );
    return {
      index,
      ...(task.id !== undefined ? { id: task.id } : {}),
      ...(longest !== undefined ? { text: longest } : {}),
      ...(file !== undefined ? { file } : {}),
      annotations: task.annotations?.length ?? 0,
      predictions: task.predictions?.length ?? 0,
    };
  });
}

/** The task about this document: same text, same file name or our own id; else the only task. */
function matchTask(
  tasks: readonly LabelStudioTask[],
  doc: DocumentInput,
): LabelStudioTask | undefined {
  const name = doc.record.name;
  const found = tasks.find((task) =>
    strings(task).some(
      (s) => s === doc.content.text || s === doc.record.id || s === name || s.endsWith(`/${name}`),
    ),
  );
  return found ?? (tasks.length === 1 ? tasks[0] : undefined);
}

export interface LabelStudioImportOptions extends ImportOptions {
  /** Import confirmed `annotations` too (default true); predictions are always pre-annotations. */
  readonly includeAnnotations?: boolean;
}

function agentOf(completedBy: unknown): Agent | undefined {
  if (typeof completedBy === 'number')
    return { kind: 'person', name: `Label Studio user ${completedBy}` };
  if (isRecord(completedBy) && typeof completedBy.email === 'string')
    return { kind: 'person', name: completedBy.email };
  return undefined;
}

/**
 * The task's predictions become pre-annotations (marked for the expert to confirm or correct);
 * its annotations become annotations. Regions are anchored in this document's text.
 */
export function importLabelStudio(
  files: readonly InputFile[],
  doc: DocumentInput,
  options?: LabelStudioImportOptions,
): ImportResult {
  const report = new ReportBuilder('label-studio', 'import');
  const { newId, now } = importStamps(options);
  const ctx = { ...doc.content, index: codePointIndex(doc.content.text), kind: doc.record.kind };
  const annotations: Annotation[] = [];
  report.counts.documents = 1;

  const addGroup = (
    results: readonly LabelStudioResult[],
    stamp: { createdAt: string; updatedAt: string },
    extra: { preAnnotation?: PreAnnotation; creator?: Agent },
  ): void => {
    const { regions, relations, issues } = readResults(ctx, results);
    for (const { issue, skipped } of issues) {
      if (skipped) {
        report.counts.annotationsRead++;
        report.skip(issue);
      } else report.add(issue);
    }
    const ids = new Map<string, AnnotationId>();
    const made: { region: Region; id: AnnotationId }[] = [];
    for (const region of regions) {
      report.counts.annotationsRead++;
      const id = region.key && isUuid(region.key) ? (region.key as AnnotationId) : newId();
      if (region.key) ids.set(region.key, id);
      made.push({ region, id });
    }
    const relationsOf = new Map<AnnotationId, Relation[]>();
    for (const r of relations) {
      const from = ids.get(r.from);
      const to = ids.get(r.to);
      if (!from || !to)
        report.add({
          kind: 'invalid',
          code: 'relation-unknown-region',
          message: `a relation names a region that is not in the same annotation (${r.from} → ${r.to})`,
        });
      else
        relationsOf.set(from, [...(relationsOf.get(from) ?? []), { type: r.type, targetId: to }]);
    }
    for (const { region, id } of made) {
      const score = region.score;
      const target: AnnotationTarget = region.target;
      const rel = relationsOf.get(id);
      annotations.push({
        id,
        projectId: doc.record.projectId,
        documentId: doc.record.id,
        target,
        body: {
          ...region.body,
          ...(rel ? { relations: rel } : {}),
          ...(score !== undefined && !extra.preAnnotation ? { confidence: score } : {}),
        },
        ...(extra.creator ? { creator: extra.creator } : {}),
        ...(extra.preAnnotation
          ? { preAnnotation: { ...extra.preAnnotation, ...(score !== undefined ? { score } : {}) } }
          : {}),
        ...(region.key && !isUuid(region.key)
          ? { externalIds: { 'label-studio': region.key } }
          : {}),
        ...stamp,
      });
      report.counts.annotationsWritten++;
      report.counts.records++;
    }
  };

  for (const file of files) {
    const { tasks, problem } = parseTasks(file.text);
    if (problem)
      report.add({ kind: 'invalid', code: 'not-tasks', message: `${file.name}: ${problem}` });
    const task = matchTask(tasks, doc);
    if (!task) {
      if (tasks.length > 0)
        report.add({
          kind: 'unsupported',
          code: 'no-matching-task',
          message: `${file.name}: none of its ${tasks.length} tasks is about ${doc.record.name}`,
        });
      continue;
    }
    for (const a of options?.includeAnnotations === false ? [] : (task.annotations ?? [])) {
      if (a.was_cancelled) {
        report.add({
          kind: 'warning',
          code: 'cancelled',
          message: 'a cancelled (skipped) Label Studio annotation was not imported',
        });
        continue;
      }
      const createdAt = a.created_at ?? now;
      const creator = agentOf(a.completed_by);
      addGroup(
        a.result,
        { createdAt, updatedAt: a.updated_at ?? createdAt },
        creator ? { creator } : {},
      );
    }
    for (const p of task.predictions ?? []) {
      const createdAt = p.created_at ?? now;
      const preAnnotation: PreAnnotation = {
        source: 'label-studio',
        ...(p.model_version ? { modelVersion: p.model_version } : {}),
        ...(typeof p.score === 'number' ? { score: p.score } : {}),
      };
      addGroup(p.result, { createdAt, updatedAt: createdAt }, { preAnnotation });
    }
  }
  return { annotations, report: report.finish() };
}
