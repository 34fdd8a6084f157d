import { describe, expect, it } from 'vitest';
import { COMPETENCIES, competencyById } from '../rubric';
import { createWinkAnalyser } from '../winkAnalyser';
import { QUESTION_BANK, questionsFor } from './index';

const analyser = createWinkAnalyser();

describe('question bank', () => {
  it('has unique ids and known competencies', () => {
    const ids = QUESTION_BANK.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const q of QUESTION_BANK) expect(competencyById(q.competency), q.id).toBeDefined();
  });

  it('has enough questions of each kind for a plan and a retake in every domain', () => {
    for (const domain of ['law', 'medicine', 'finance'] as const) {
      const questions = questionsFor(domain);
      const count = (kind: string) => questions.filter((q) => q.kind === kind).length;
      expect(count('experience'), domain).toBeGreaterThanOrEqual(4);
      expect(count('depth'), domain).toBeGreaterThanOrEqual(7);
      expect(count('practical'), domain).toBeGreaterThanOrEqual(3);
    }
    expect(questionsFor('general').length).toBeGreaterThanOrEqual(4);
  });

  it('asks about every competency of its domain', () => {
    for (const c of COMPETENCIES.filter((c) => c.id !== 'communication'))
      expect(
        QUESTION_BANK.some((q) => q.competency === c.id),
        c.id,
      ).toBe(true);
  });

  it('gives every question a key concept and probes that target its own concepts', () => {
    for (const q of QUESTION_BANK) {
      const ids = q.concepts.map((c) => c.id);
      expect(new Set(ids).size, q.id).toBe(ids.length);
      expect(
        q.concepts.some((c) => c.key),
        q.id,
      ).toBe(true);
      expect(q.probes.length, q.id).toBeGreaterThan(0);
      for (const p of q.probes)
        for (const t of p.targets) expect(ids, `${q.id} probe ${t}`).toContain(t);
    }
  });

  it('has practical tasks that expect a verdict', () => {
    for (const q of QUESTION_BANK.filter((q) => q.kind === 'practical' && q.domain !== 'general'))
      expect(q.concepts.find((c) => c.id === 'verdict')?.key, q.id).toBe(true);
  });

  it('has terms that the analyser turns into words', () => {
    for (const q of QUESTION_BANK)
      for (const c of q.concepts)
        for (const term of c.terms) {
          expect(term.length, `${q.id}/${c.id}`).toBeGreaterThan(0);
          const words = analyser
            .analyse(term)
            .sentences.flatMap((s) => s.tokens.filter((t) => t.word));
          expect(words.length, `${q.id}/${c.id}: "${term}"`).toBeGreaterThan(0);
        }
  });
});
