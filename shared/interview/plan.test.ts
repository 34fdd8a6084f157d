import { describe, expect, it } from 'vitest';
import { questionById } from './bank/index';
import { buildPlan, PlanError, type PlanProject } from './plan';

const contractProject: PlanProject = {
  domain: 'law',
  subSpecialties: ['contract'],
  competencies: [{ competencyId: 'contract-drafting', minScore: 3 }],
};

describe('buildPlan', () => {
  it('builds a 10-question plan for one domain: experience, depth, practical, then general', () => {
    const plan = buildPlan({
      expertise: [{ domain: 'law', subSpecialties: ['contract'] }],
      projects: [],
    });
    expect(plan.items).toHaveLength(10);
    expect(plan.items.map((i) => i.kind)).toEqual([
      'experience',
      'experience',
      'depth',
      'depth',
      'depth',
      'depth',
      'practical',
      'practical',
      'depth',
      'practical',
    ]);
    expect(plan.items.slice(0, 8).every((i) => i.domain === 'law')).toBe(true);
    expect(plan.items.slice(8).every((i) => i.domain === 'general')).toBe(true);
    expect(plan.competencies.at(-1)).toBe('communication');
    expect(plan.bankVersion).toBe('bank/1');
    expect(plan.rubricVersion).toBe('rubric/1');
  });

  it('stays within 8–12 questions for any number of domains', () => {
    const sizes = [
      [{ domain: 'medicine' as const, subSpecialties: [] }],
      [
        { domain: 'medicine' as const, subSpecialties: [] },
        { domain: 'finance' as const, subSpecialties: [] },
      ],
      [
        { domain: 'medicine' as const, subSpecialties: [] },
        { domain: 'finance' as const, subSpecialties: [] },
        { domain: 'law' as const, subSpecialties: [] },
      ],
    ].map((expertise) => buildPlan({ expertise, projects: [] }).items.length);
    expect(sizes).toEqual([10, 12, 12]);
  });

  it('puts the competencies open projects require first, and says why', () => {
    const plan = buildPlan({
      expertise: [{ domain: 'law', subSpecialties: [] }],
      projects: [contractProject, { ...contractProject, subSpecialties: ['corporate-ma'] }],
    });
    const first = plan.items[0]!;
    expect(first.questionId).toBe('law.exp.contract-negotiation');
    expect(first.reasons).toContain(
      'Contract drafting and negotiation is required by 2 open projects',
    );
    const depth = plan.items.filter((i) => i.kind === 'depth' && i.domain === 'law');
    expect(depth[0]?.competency).toBe('contract-drafting');
    // …but the plan still spreads over the domain's other competencies.
    expect(new Set(depth.map((i) => i.competency)).size).toBeGreaterThanOrEqual(3);
  });

  it("prefers questions on the expert's sub-specialties", () => {
    const plan = buildPlan({
      expertise: [{ domain: 'medicine', subSpecialties: ['psychiatry'] }],
      projects: [],
    });
    const item = plan.items.find((i) => i.questionId === 'med.depth.phq9-item9');
    expect(item?.reasons).toEqual(['matches your sub-specialty: psychiatry']);
  });

  it('orders domains by open-project demand and gives the busiest the extra depth probe', () => {
    const plan = buildPlan({
      expertise: [
        { domain: 'law', subSpecialties: [] },
        { domain: 'finance', subSpecialties: [] },
      ],
      projects: [{ domain: 'finance', subSpecialties: [], competencies: [] }],
    });
    expect(plan.domains).toEqual(['finance', 'law']);
    const depth = (d: string) =>
      plan.items.filter((i) => i.domain === d && i.kind === 'depth').length;
    expect([depth('finance'), depth('law')]).toEqual([4, 3]);
  });

  it('asks fresh questions on a retake while the bank lasts', () => {
    const expertise = [{ domain: 'finance' as const, subSpecialties: [] }];
    const first = buildPlan({ expertise, projects: [] });
    const seen = new Set(first.items.map((i) => i.questionId));
    const second = buildPlan({ expertise, projects: [], seen });
    const repeated = second.items.filter((i) => seen.has(i.questionId));
    // Finance has 4 experience, 7 depth and 3 practical questions for 2 + 4 + 2 slots.
    expect(repeated.map((i) => i.kind)).toEqual(['depth', 'practical']);
    expect(repeated[0]?.reasons.at(-1)).toBe('asked in an earlier attempt: no fresh question left');
  });

  it('is deterministic and uses only bank questions', () => {
    const input = {
      expertise: [{ domain: 'medicine' as const, subSpecialties: ['cardiology'] }],
      projects: [],
    };
    expect(buildPlan(input)).toEqual(buildPlan(input));
    for (const item of buildPlan(input).items) expect(questionById(item.questionId)).toBeDefined();
  });

  it('refuses a profile without domains', () => {
    expect(() => buildPlan({ expertise: [], projects: [] })).toThrow(PlanError);
  });
});
