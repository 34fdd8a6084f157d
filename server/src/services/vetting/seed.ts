/**
 * The vetting side of the demo: listings that put the demo projects in the catalogue, a draft
 * project a requester can open (which notifies matching experts), and for the demo expert — a
 * contract lawyer who was an equity analyst before law school — a profile with a reviewer-verified
 * bar licence and a scored interview. So "Projects for you" is honest both ways: the legal and the
 * two 10-K projects are for her (the legal listing requires an interview score in contract
 * drafting, the finance ones two years of finance work), the clinical notes are not yet (no
 * medicine, no medical licence), and her work queue holds exactly the first three.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LAW_TRANSCRIPT } from '../../../../shared/interview/fixtures/law';
import type { ProjectListing } from '../../../../shared/matching/listing';
import type { ProfileInput } from '../../../../shared/profile/profile';
import { createBuiltinEngine } from '../interview/builtinEngine';
import { InterviewService } from '../interview/service';
import type { Principal } from '../core/principal';
import type { Services } from '..';

const inDays = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** Listings of the demo projects, by domain (one demo project per domain). */
export function demoListings(): Record<'law' | 'medicine' | 'finance', ProjectListing> {
  return {
    law: {
      subSpecialties: ['contract', 'corporate-ma'],
      credentials: [{ type: 'bar-admission', jurisdictions: [] }],
      minHoursPerWeek: 5,
      competencies: [
        { competencyId: 'contract-drafting', minScore: 2, weight: 2 },
        { competencyId: 'legal-analysis' },
        { competencyId: 'annotation-judgement' },
      ],
      minutesPerTask: 45,
      estimatedHours: 30,
      deadline: inDays(60),
    },
    medicine: {
      subSpecialties: ['internal-medicine', 'clinical-coding'],
      credentials: [{ type: 'medical-licence', jurisdictions: [] }],
      minHoursPerWeek: 5,
      competencies: [
        { competencyId: 'clinical-documentation', minScore: 2, weight: 2 },
        { competencyId: 'pharmacotherapy' },
      ],
      estimatedHours: 20,
      deadline: inDays(45),
    },
    finance: {
      subSpecialties: ['equity-research', 'accounting-audit'],
      credentials: [],
      minHoursPerWeek: 4,
      competencies: [{ competencyId: 'financial-analysis', weight: 2 }],
      minYearsExperience: 2,
      minutesPerTask: 40,
      estimatedHours: 15,
      deadline: inDays(30),
    },
  };
}

export const DRAFT_PROJECT_NAME = 'Restrictive covenants in employment agreements';

const DEMO_PROFILE: ProfileInput = {
  education: [
    {
      id: 'edu-jd',
      degree: 'JD',
      field: 'Law',
      institution: 'Fordham University School of Law',
      year: 2014,
    },
  ],
  credentials: [
    {
      id: 'cred-bar-ny',
      kind: 'licence',
      type: 'bar-admission',
      issuingBody: 'New York State Unified Court System',
      jurisdiction: 'US-NY',
      number: '5123456',
    },
  ],
  workHistory: [
    {
      id: 'work-associate',
      title: 'Associate, commercial contracts',
      organisation: 'Hale & Dorr LLP',
      domain: 'law',
      subSpecialties: ['contract', 'corporate-ma'],
      start: '2015-09',
    },
  ],
  domains: [{ domain: 'law', subSpecialties: ['contract', 'corporate-ma'] }],
  languages: [
    { code: 'en', proficiency: 'native' },
    { code: 'fr', proficiency: 'professional' },
  ],
  availability: { hoursPerWeek: 15, timezone: 'America/New_York' },
  rate: { hourly: 75, currency: 'USD' },
};

export async function seedVetting(
  services: Services,
  demo: {
    readonly projectIds: readonly string[];
    readonly requester: Principal;
    readonly reviewer: Principal;
    readonly expert: Principal;
    readonly samplesDir: string;
  },
): Promise<void> {
  const { catalogue, profiles } = services.vetting;
  const listings = demoListings();
  for (const id of demo.projectIds) {
    const project = await services.projects.get(demo.requester, id);
    if (project.domain !== 'other')
      await catalogue.putListing(demo.requester, id, listings[project.domain]);
  }
  const draft = await services.projects.create(demo.requester, {
    name: DRAFT_PROJECT_NAME,
    domain: 'law',
    description:
      'Mark non-compete, non-solicitation and confidentiality covenants in employment agreements and judge whether each is likely enforceable.',
    instructions:
      'Label each restrictive covenant with its kind, then add a rationale on its scope (duration, territory, activities) and enforceability.',
    labelSchema: {
      labels: [
        { id: 'non-compete', name: 'Non-compete' },
        { id: 'non-solicit', name: 'Non-solicitation' },
        { id: 'confidentiality', name: 'Confidentiality' },
      ],
    },
    taskType: 'spanLabelling',
    pay: { kind: 'perHour', rateMinor: 8_500, currency: 'USD' },
    requiredCredentials: ['Admitted to practise law (any jurisdiction)'],
    languages: ['en'],
    status: 'draft',
  });
  const file =
    'law/Quaker_Chemical_Corporation_-_NON_COMPETITION_AND_NON_SOLICITATION_AGREEMENT.pdf';
  const document = await services.documents.upload(demo.requester, draft.id, {
    name: file.split('/').pop()!,
    bytes: new Uint8Array(readFileSync(join(demo.samplesDir, file))),
  });
  await services.tasks.createTask(demo.requester, draft.id, {
    documentId: document.id,
    title: 'Covenants in the Quaker Chemical agreement',
  });
  await catalogue.putListing(demo.requester, draft.id, {
    subSpecialties: ['employment', 'contract'],
    credentials: [{ type: 'bar-admission', jurisdictions: [] }],
    minHoursPerWeek: 5,
    competencies: [{ competencyId: 'contract-drafting' }, { competencyId: 'legal-analysis' }],
    estimatedHours: 12,
    deadline: inDays(40),
  });

  await profiles.save(demo.expert, { version: 0, profile: DEMO_PROFILE });
  await profiles.decide(demo.reviewer, demo.expert.id, 'cred-bar-ny', { outcome: 'verified' });
  await seedInterview(services, demo.expert);
  // Since the interview she has added her years as an analyst: the finance projects' hard
  // requirements (finance expertise, two years of it) are met; their interview competency only ranks.
  const { version } = await profiles.load(demo.expert.id);
  await profiles.save(demo.expert, { version, profile: withAnalystYears(DEMO_PROFILE) });
}

function withAnalystYears(profile: ProfileInput): ProfileInput {
  return {
    ...profile,
    workHistory: [
      {
        id: 'work-analyst',
        title: 'Equity research analyst, healthcare',
        organisation: 'Northgate Capital Partners',
        domain: 'finance',
        subSpecialties: ['equity-research'],
        start: '2008-07',
        end: '2011-07',
      },
      ...profile.workHistory,
    ],
    domains: [...profile.domains, { domain: 'finance', subSpecialties: ['equity-research'] }],
  };
}

/**
 * The demo expert's interview, taken two days ago: the contract lawyer's answers of the interview
 * fixtures (shared/interview/fixtures/law.ts), given through the interview service at typing pace
 * and scored by the built-in engine (offline and deterministic, whatever engine the platform is
 * configured with). Without a score, the legal listing's contract-drafting requirement would
 * exclude the demo expert from every demo project.
 */
async function seedInterview(services: Services, expert: Principal): Promise<void> {
  const { interviews, profiles } = services.vetting;
  const { profile } = await profiles.load(expert.id);
  if (!profile) throw new Error('the demo expert has no profile to interview');
  let clock = Date.now() - 2 * 86_400_000;
  const service = new InterviewService({
    store: interviews.store,
    engine: createBuiltinEngine(),
    now: () => new Date(clock),
  });
  // The plan the fixture's answers were written for (a contract-drafting project), not the one
  // today's listings would steer to, which may ask questions the fixture does not answer.
  const started = await service.start({
    expertId: expert.id,
    profile,
    projects: LAW_TRANSCRIPT.projects,
  });
  let prompt = started.prompt;
  for (;;) {
    const { turns } = await service.transcript(started.sessionId, expert.id);
    const questionId = turns.find((t) => t.id === prompt.turnId)?.questionId ?? '';
    const fixture = LAW_TRANSCRIPT.answers[questionId];
    const text = prompt.kind === 'question' ? fixture?.answer : fixture?.followUp;
    if (text === undefined)
      throw new Error(`the demo interview has no ${prompt.kind} answer for ${questionId}`);
    clock += Math.max(20, Math.round((text.split(/\s+/).length / 40) * 60)) * 1000;
    const outcome = await service.answer(started.sessionId, expert.id, prompt.turnId, text);
    if ('done' in outcome) break;
    prompt = outcome.next;
    clock += 15_000;
  }
  await service.score(started.sessionId);
}
