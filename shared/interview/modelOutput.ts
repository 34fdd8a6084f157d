/**
 * What a model engine must return, and our re-validation of it. A model's output is never
 * trusted: it must parse, fit the schema, score every planned competency exactly once, and quote
 * only words the expert actually wrote. Anything else is rejected, so no score is ever invented.
 */
import Type, { type Static } from 'typebox';
import { Compile } from 'typebox/compile';
import { Strict } from '../ipc/schema';
import type { CompetencyScore, Evidence } from './result';
import type { InterviewPlan, Turn } from './types';

/** The JSON schema sent as `response_format`, specific to this interview's competencies and turns. */
export function modelOutputSchema(plan: InterviewPlan, turns: readonly Turn[]) {
  const turnIds = turns.filter((t) => t.answer).map((t) => t.id);
  return Strict({
    scores: Type.Array(
      Strict({
        competencyId: Type.Enum([...plan.competencies]),
        score: Type.Enum([1, 2, 3, 4]),
        rationale: Type.String(),
        evidence: Type.Array(Strict({ turnId: Type.Enum(turnIds), quote: Type.String() })),
      }),
    ),
  });
}
type ModelOutput = Static<ReturnType<typeof modelOutputSchema>>;

export type ModelScoring =
  | { readonly ok: true; readonly scores: CompetencyScore[] }
  | { readonly ok: false; readonly problems: readonly string[] };

const MAX_EVIDENCE = 5;

/** Small local models often wrap JSON in a Markdown fence; that alone is not worth a retry. */
function unfence(text: string): string {
  const m = /^\s*```(?:json)?\s*\n([\s\S]*?)\n\s*```\s*$/.exec(text);
  return m ? m[1]! : text;
}

/** Case, whitespace, curly quotes and dashes vary when a model copies text; nothing else may. */
function normalise(text: string): { norm: string; map: number[] } {
  let norm = '';
  const map: number[] = [];
  let lastSpace = false;
  for (let i = 0; i < text.length; i += 1) {
    let ch = text[i]!;
    if (/\s/.test(ch)) {
      if (lastSpace || norm.length === 0) continue;
      ch = ' ';
      lastSpace = true;
    } else lastSpace = false;
    ch = ch.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/[–—]/g, '-').toLowerCase();
    norm += ch;
    map.push(i);
  }
  return { norm: norm.trimEnd(), map };
}

/** Where `quote` sits in `answer`, as exact offsets, or undefined if the expert never wrote it. */
export function locateQuote(
  answer: string,
  quote: string,
): { start: number; end: number } | undefined {
  const a = normalise(answer);
  const q = normalise(quote.trim().replace(/^["'“‘]|["'”’]$/g, '')).norm;
  if (q.length === 0) return undefined;
  const at = a.norm.indexOf(q);
  if (at < 0) return undefined;
  return { start: a.map[at]!, end: a.map[at + q.length - 1]! + 1 };
}

export function validateModelOutput(
  text: string,
  plan: InterviewPlan,
  turns: readonly Turn[],
): ModelScoring {
  let parsed: unknown;
  try {
    parsed = JSON.parse(unfence(text));
  } catch (error) {
    return { ok: false, problems: [`not valid JSON (${(error as Error).message})`] };
  }
  const checker = Compile(modelOutputSchema(plan, turns));
  if (!checker.Check(parsed))
    return {
      ok: false,
      problems: [...checker.Errors(parsed)]
        .slice(0, 5)
        .map((e) => `${e.instancePath || '/'} ${e.message}`),
    };
  return checkSemantics(parsed, plan, turns);
}

function checkSemantics(
  output: ModelOutput,
  plan: InterviewPlan,
  turns: readonly Turn[],
): ModelScoring {
  const problems: string[] = [];
  const byTurn = new Map(turns.map((t) => [t.id, t]));
  for (const id of plan.competencies) {
    const n = output.scores.filter((s) => s.competencyId === id).length;
    if (n !== 1) problems.push(`competency ${id} must be scored exactly once, not ${n} times`);
  }
  const scores: CompetencyScore[] = [];
  for (const s of output.scores) {
    if (s.rationale.trim().length === 0) problems.push(`${s.competencyId}: the rationale is empty`);
    if (s.score >= 2 && s.evidence.length === 0)
      problems.push(
        `${s.competencyId}: a score of ${s.score} needs at least one quote from the answers`,
      );
    const evidence: Evidence[] = [];
    for (const e of s.evidence.slice(0, MAX_EVIDENCE)) {
      const turn = byTurn.get(e.turnId);
      const at = turn?.answer ? locateQuote(turn.answer.text, e.quote) : undefined;
      if (!turn?.answer || !at) {
        problems.push(
          `${s.competencyId}: the quote "${e.quote.slice(0, 60)}" is not in the answer ${e.turnId}`,
        );
        continue;
      }
      if (e.quote.trim().split(/\s+/).length < 2)
        problems.push(`${s.competencyId}: the quote "${e.quote}" is too short to be evidence`);
      evidence.push({
        turnId: turn.id,
        questionId: turn.questionId,
        quote: turn.answer.text.slice(at.start, at.end),
        ...at,
      });
    }
    scores.push({
      competencyId: s.competencyId,
      score: s.score,
      rationale: s.rationale.trim().slice(0, 2000),
      evidence,
      conceptsFound: [],
      conceptsMissing: [],
    });
  }
  if (problems.length > 0) return { ok: false, problems };
  const order = new Map(plan.competencies.map((id, i) => [id, i]));
  return {
    ok: true,
    scores: scores.sort((a, b) => order.get(a.competencyId)! - order.get(b.competencyId)!),
  };
}
