/**
 * `create-tasks --payloads <file.jsonl>`: answer-review tasks from a file, one task per line:
 *
 *   {"document": "<name or id>", "title": "…", "prompt": "…", "answers": [{"id": "a", "text": "…"}]}
 *
 * `title` is optional (the prompt's start stands in) and `model` may name an answer's model.
 * Every line is checked before anything is created, so a bad file creates no task at all.
 * A document carries one task: the workstation finds an open document's task by its document,
 * so a second prompt on the same filing goes on a copy of it.
 */
import { Compile } from 'typebox/compile';
import { payloadProblems } from '../../../shared/compare/validate';
import { AnswerReviewPayload } from '../../../shared/model/answerReview';
import { ServiceError } from '../services/core/errors';

export interface AnswerTask {
  readonly documentId: string;
  readonly title: string;
  readonly payload: AnswerReviewPayload;
}

const checkPayload = Compile(AnswerReviewPayload);
const TITLE_LENGTH = 80;
const MAX_PROBLEMS = 10;

function titleOf(prompt: string): string {
  const flat = prompt.replace(/\s+/g, ' ').trim();
  return flat.length <= TITLE_LENGTH ? flat : `${flat.slice(0, TITLE_LENGTH - 1).trimEnd()}…`;
}

/** One line's task, or the reason it is not one. */
function taskOf(
  line: string,
  documents: ReadonlyMap<string, string>,
): AnswerTask | { problem: string } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { problem: 'is not JSON' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { problem: 'is not an object' };
  const { document, title, ...rest } = value as Record<string, unknown>;
  if (typeof document !== 'string') return { problem: '"document" (a name or id) is missing' };
  const documentId = documents.get(document);
  if (!documentId) return { problem: `no document "${document}" in this project` };
  if (title !== undefined && (typeof title !== 'string' || title.trim() === ''))
    return { problem: '"title" must be a non-empty string' };
  const payload = { kind: 'answerReview', ...rest };
  if (!checkPayload.Check(payload)) {
    const first = [...checkPayload.Errors(payload)][0];
    const path = first?.instancePath || '/';
    // TypeBox words an unexpected property as its (false) schema failing.
    if (first?.message === 'schema is false')
      return { problem: `unexpected field "${path.slice(1)}"` };
    return { problem: `${path} ${first?.message ?? 'is not valid'}` };
  }
  const problems = payloadProblems(payload);
  if (problems.length > 0) return { problem: problems.map((p) => p.message).join('; ') };
  return { documentId, title: title ?? titleOf(payload.prompt), payload };
}

/**
 * The file's tasks; throws one error listing the first problems by line number. `documents` are
 * the project's documents, found by id or by name (a name that two documents share is refused).
 */
export function readAnswerTasks(
  text: string,
  documents: readonly { readonly id: string; readonly name: string }[],
  /** Documents that already have a task. */
  taken: ReadonlySet<string> = new Set(),
): AnswerTask[] {
  const byKey = new Map<string, string>();
  const shared = new Set<string>();
  for (const d of documents) {
    if (byKey.has(d.name) && byKey.get(d.name) !== d.id) shared.add(d.name);
    byKey.set(d.name, d.id);
    byKey.set(d.id, d.id);
  }
  for (const name of shared) byKey.delete(name);
  const tasks: AnswerTask[] = [];
  const problems: string[] = [];
  const used = new Map<string, number>();
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    const task = taskOf(line, byKey);
    if ('problem' in task) problems.push(`line ${i + 1}: ${task.problem}`);
    else if (taken.has(task.documentId))
      problems.push(`line ${i + 1}: the document already has a task (one task per document)`);
    else if (used.has(task.documentId))
      problems.push(
        `line ${i + 1}: line ${used.get(task.documentId)} already uses this document (one task per document)`,
      );
    else {
      used.set(task.documentId, i + 1);
      tasks.push(task);
    }
  });
  if (problems.length > 0)
    throw new ServiceError(
      'badRequest',
      `no task was created; fix these first:\n  ${problems.slice(0, MAX_PROBLEMS).join('\n  ')}${
        problems.length > MAX_PROBLEMS ? `\n  … and ${problems.length - MAX_PROBLEMS} more` : ''
      }`,
    );
  if (tasks.length === 0) throw new ServiceError('badRequest', 'the file names no task');
  return tasks;
}
