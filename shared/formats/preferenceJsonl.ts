/**
 * Preference pairs for DPO-style tuning, the OpenAI preference fine-tuning shape:
 * `{"input": {"messages": […]}, "preferred_output": [{"role": "assistant", …}],
 * "non_preferred_output": [{"role": "assistant", …}]}`, from answer-ranking annotations.
 */
import type { Annotation } from '../model/annotation';
import type { ChatMessage } from './chatJsonl';
import { jsonlFile, trainingAnnotations, type TrainingOptions } from './jsonl';
import { ReportBuilder } from './report';
import { exportable } from './exportable';
import type { ExportItem, ExportResult } from './types';

export interface PreferenceJsonlOptions extends TrainingOptions {
  readonly systemPrompt?: string;
  /**
   * Which pairs a ranking yields: every pair of different ranks (`all`, the InstructGPT practice),
   * the best against each other answer (`best-vs-rest`), or neighbours in rank order (`adjacent`).
   */
  readonly pairs?: 'all' | 'best-vs-rest' | 'adjacent';
  /**
   * An answer review's rewrite (the expert's own answer) is preferred over every model answer
   * (`prefer`, the default), or left out (`ignore`).
   */
  readonly rewrite?: 'prefer' | 'ignore';
}

export interface PreferencePair {
  readonly input: { readonly messages: readonly ChatMessage[] };
  readonly preferred_output: readonly ChatMessage[];
  readonly non_preferred_output: readonly ChatMessage[];
}

function promptOf(item: ExportItem, annotation: Annotation): string {
  const { ranking } = annotation.body;
  if (ranking?.prompt !== undefined) return ranking.prompt;
  const { target } = annotation;
  return target.kind === 'span' ? target.quote.exact : item.content.text;
}

export function exportPreferenceJsonl(
  given: readonly ExportItem[],
  options?: PreferenceJsonlOptions,
): ExportResult {
  const report = new ReportBuilder('preference-jsonl', 'export');
  const items = exportable(given, report);
  const lines: PreferencePair[] = [];
  const mode = options?.pairs ?? 'all';
  for (const item of items) {
    report.counts.documents++;
    for (const annotation of trainingAnnotations(item, report, options)) {
      const about = { documentId: item.record.id, annotationId: annotation.id };
      const answers = [...(annotation.body.ranking?.answers ?? [])].sort((a, b) => a.rank - b.rank);
      const rewrite =
        options?.rewrite === 'ignore' ? undefined : annotation.body.review?.rewrite?.trim();
      if (!annotation.body.ranking) {
        report.skip({
          kind: 'warning',
          code: 'not-a-ranking',
          message: 'only answer rankings make preference pairs',
          ...about,
        });
        continue;
      }
      if (new Set(answers.map((a) => a.rank)).size < 2 && !rewrite) {
        report.skip({
          kind: 'unsupported',
          code: 'no-preference',
          message: 'a ranking needs two answers of different rank',
          ...about,
        });
        continue;
      }
      const input = {
        messages: [
          ...(options?.systemPrompt
            ? [{ role: 'system' as const, content: options.systemPrompt }]
            : []),
          { role: 'user' as const, content: promptOf(item, annotation) },
        ],
      };
      const levels = [...new Set(answers.map((a) => a.rank))];
      const wanted = (better: number, worse: number): boolean =>
        mode === 'all' ||
        (mode === 'best-vs-rest' && better === levels[0]) ||
        (mode === 'adjacent' && worse === levels[levels.indexOf(better) + 1]);
      // The expert's rewrite first: it is preferred over every model answer, best first.
      for (const answer of rewrite ? answers : []) {
        lines.push({
          input,
          preferred_output: [{ role: 'assistant', content: rewrite ?? '' }],
          non_preferred_output: [{ role: 'assistant', content: answer.text }],
        });
        report.counts.records++;
      }
      let ties = 0;
      answers.forEach((better, i) => {
        for (const worse of answers.slice(i + 1)) {
          if (better.rank === worse.rank) ties++;
          else if (wanted(better.rank, worse.rank)) {
            lines.push({
              input,
              preferred_output: [{ role: 'assistant', content: better.text }],
              non_preferred_output: [{ role: 'assistant', content: worse.text }],
            });
            report.counts.records++;
          }
        }
      });
      if (ties > 0)
        report.add({
          kind: 'warning',
          code: 'tie',
          message: `${ties} tied pairs make no preference`,
          ...about,
        });
      report.counts.annotationsWritten++;
    }
  }
  return { files: [jsonlFile(items, 'preference', lines)], report: report.finish() };
}
