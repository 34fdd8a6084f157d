/** Answer reviews through the training formats and W3C: ranking, rewrite and citations survive. */
import { describe, expect, it } from 'vitest';
import { exportChatJsonl } from './chatJsonl';
import { exportPreferenceJsonl } from './preferenceJsonl';
import { reviewKinds, SYNTHETIC_TEXT, textDocument } from './testFixtures';
import { exportW3c, importW3c } from './w3c';
import { annotationIri } from './w3cVocab';

const doc = textDocument(SYNTHETIC_TEXT);
const item = reviewKinds(doc);
const review = item.annotations[1]!;
const evidence = item.annotations[0]!;

const lines = (text: string | undefined): unknown[] =>
  (text ?? '')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as unknown);

describe('answer review exports', () => {
  it('prefers the rewrite over every answer, then follows the ranking', () => {
    const { files, report } = exportPreferenceJsonl([item]);
    const pairs = lines(files[0]?.text) as {
      input: { messages: { role: string; content: string }[] };
      preferred_output: { content: string }[];
      non_preferred_output: { content: string }[];
    }[];
    expect(
      pairs.map((p) => [p.preferred_output[0]?.content, p.non_preferred_output[0]?.content]),
    ).toEqual([
      ['Start **metformin 500 mg** (see the plan).', 'Start metformin 500 mg 😀.'],
      ['Start **metformin 500 mg** (see the plan).', 'Start insulin.'],
      ['Start metformin 500 mg 😀.', 'Start insulin.'],
    ]);
    expect(pairs[0]?.input.messages).toEqual([
      { role: 'user', content: 'What does the plan start?' },
    ]);
    expect(report.summary).toEqual({ 'not-a-ranking': 1 });
    const without = exportPreferenceJsonl([item], { rewrite: 'ignore' });
    expect(lines(without.files[0]?.text)).toHaveLength(1);
  });

  it('makes a chat example of prompt and rewrite', () => {
    const { files } = exportChatJsonl([{ ...doc, annotations: [review] }]);
    expect(lines(files[0]?.text)).toEqual([
      {
        messages: [
          { role: 'user', content: 'What does the plan start?' },
          { role: 'assistant', content: 'Start **metformin 500 mg** (see the plan).' },
        ],
      },
    ]);
  });

  it('writes the ranking, the review, the rewrite and the citation to W3C and reads them back', () => {
    const text = exportW3c([item]).files[0]?.text ?? '';
    const collection = JSON.parse(text) as { first: { items: Record<string, unknown>[] } };
    const out = collection.first.items.find((a) => a.id === annotationIri(review.id))!;
    const bodies = out.body as Record<string, unknown>[];
    expect(out.motivation).toBe('assessing');
    expect(bodies.map((b) => b.purpose)).toEqual(['assessing', 'assessing', 'editing', 'linking']);
    expect(bodies[2]).toMatchObject({
      value: 'Start **metformin 500 mg** (see the plan).',
      format: 'text/markdown',
    });
    expect(bodies[3]).toMatchObject({ source: annotationIri(evidence.id) });
    expect(bodies[1]?.value).toContain('b factual error: “insulin” — Not insulin');

    const { annotations, report } = importW3c([{ name: 'review.jsonld', text }], doc);
    expect(report.issues.filter((i) => i.kind === 'invalid')).toEqual([]);
    const back = annotations.find((a) => a.body.review);
    expect(back?.body.review).toEqual(review.body.review);
    expect(back?.body.ranking).toEqual(review.body.ranking);
    expect(back?.body.relations).toBeUndefined();
  });
});
