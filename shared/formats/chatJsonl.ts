/**
 * Chat JSONL for instruction tuning, the OpenAI fine-tuning shape: one
 * `{"messages": [{"role", "content"}, …]}` per annotation that carries a rationale. The user turn
 * holds the instruction and the passage (or the whole document for a document-level
 * interpretation); the assistant turn holds the expert's labels, codes and rationale.
 */
import type { Annotation, AnnotationBody } from '../model/annotation';
import { jsonlFile, trainingAnnotations, type TrainingOptions } from './jsonl';
import { ReportBuilder } from './report';
import { exportable } from './exportable';
import { spanPieces } from './textAnchor';
import type { ExportItem, ExportResult } from './types';

export interface ChatMessage {
  readonly role: 'system' | 'user' | 'assistant';
  readonly content: string;
}

export interface ChatJsonlOptions extends TrainingOptions {
  readonly systemPrompt?: string;
  /** The user's instruction before a passage. */
  readonly spanInstruction?: string;
  /** The user's instruction before a whole document. */
  readonly documentInstruction?: string;
  /** Characters of surrounding text shown with a passage (0 = the passage alone). */
  readonly contextChars?: number;
}

const SPAN_INSTRUCTION = 'Classify the passage and explain your reasoning.';
const DOCUMENT_INSTRUCTION = 'Read the document and give your interpretation.';

/** The expert's answer: what they labelled and coded it as, then why. */
export function answerText(body: AnnotationBody, rationale: string): string {
  const lines: string[] = [];
  if (body.labels.length > 0) lines.push(`Label: ${body.labels.join(', ')}`);
  for (const code of body.codes ?? []) {
    lines.push(`Code: ${code.system} ${code.code}${code.display ? ` (${code.display})` : ''}`);
  }
  return lines.length > 0 ? `${lines.join('\n')}\n\n${rationale}` : rationale;
}

function userText(
  item: ExportItem,
  annotation: Annotation,
  options: ChatJsonlOptions | undefined,
): string | undefined {
  const { text } = item.content;
  const { target } = annotation;
  if (target.kind === 'document') {
    return `${options?.documentInstruction ?? DOCUMENT_INSTRUCTION}\n\n${text}`;
  }
  if (target.kind !== 'span') return undefined;
  const passage = spanPieces(target)
    .map((p) => text.slice(p.start, p.end))
    .join(' … ');
  const instruction = options?.spanInstruction ?? SPAN_INSTRUCTION;
  const context = options?.contextChars ?? 0;
  if (context <= 0) return `${instruction}\n\nPassage:\n${passage}`;
  const { start, end } = target.position;
  const around = `${text.slice(Math.max(0, start - context), start)}[${text.slice(start, end)}]${text.slice(end, end + context)}`;
  return `${instruction}\n\nContext (the passage is in brackets):\n${around}\n\nPassage:\n${passage}`;
}

export function exportChatJsonl(
  given: readonly ExportItem[],
  options?: ChatJsonlOptions,
): ExportResult {
  const report = new ReportBuilder('chat-jsonl', 'export');
  const items = exportable(given, report);
  const lines: { messages: ChatMessage[] }[] = [];
  for (const item of items) {
    report.counts.documents++;
    for (const annotation of trainingAnnotations(item, report, options)) {
      const about = { documentId: item.record.id, annotationId: annotation.id };
      const rewrite = annotation.body.review?.rewrite;
      if (rewrite !== undefined && rewrite.trim() !== '') {
        // An answer review teaches the expert's answer to the prompt the models were given.
        const prompt = annotation.body.ranking?.prompt;
        if (prompt === undefined) {
          report.skip({
            kind: 'unsupported',
            code: 'no-prompt',
            message: 'a rewrite without its prompt makes no chat example',
            ...about,
          });
          continue;
        }
        lines.push({
          messages: [
            ...(options?.systemPrompt
              ? [{ role: 'system' as const, content: options.systemPrompt }]
              : []),
            { role: 'user', content: prompt },
            { role: 'assistant', content: rewrite },
          ],
        });
        report.counts.annotationsWritten++;
        report.counts.records++;
        continue;
      }
      const { rationale } = annotation.body;
      if (rationale === undefined || rationale.trim() === '') {
        report.skip({
          kind: 'warning',
          code: 'no-rationale',
          message: 'an annotation without a rationale makes no chat example',
          ...about,
        });
        continue;
      }
      const user = userText(item, annotation, options);
      if (user === undefined) {
        report.skip({
          kind: 'unsupported',
          code: 'not-text',
          message: 'a region on a page has no text to put in a prompt',
          ...about,
        });
        continue;
      }
      if (annotation.body.relations?.length)
        report.add({
          kind: 'lossy',
          code: 'no-relations',
          message: 'relations are not part of a chat example',
          ...about,
        });
      const messages: ChatMessage[] = [
        ...(options?.systemPrompt
          ? [{ role: 'system' as const, content: options.systemPrompt }]
          : []),
        { role: 'user', content: user },
        { role: 'assistant', content: answerText(annotation.body, rationale) },
      ];
      lines.push({ messages });
      report.counts.annotationsWritten++;
      report.counts.records++;
    }
  }
  return { files: [jsonlFile(items, 'chat', lines)], report: report.finish() };
}
