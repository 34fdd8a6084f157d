import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { uuidv7 } from 'uuidv7';
import {
  FINANCE_ERROR_TYPES,
  FINANCE_PAYLOAD,
  FINANCE_RUBRIC,
} from '../../../shared/compare/financeDemo';
import { TEST_PASSWORD_PARAMS } from '../auth/passwords';
import { openDatabase } from '../db/database';
import { migrate } from '../db/migrate';
import { createServices } from '../services';
import { toPrincipal } from '../services/accounts/accounts';
import { basicProfile } from '../testing/experts';
import { runCli } from './platform';

const dir = mkdtempSync(join(tmpdir(), 'glossator-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const env = { GLOSSATOR_DATA_DIR: join(dir, 'data') };

async function run(...argv: string[]): Promise<{ code: number; lines: string[] }> {
  const lines: string[] = [];
  const code = await runCli(argv, (line) => lines.push(line), env);
  return { code, lines };
}

describe('npm run platform', () => {
  it('creates a project from YAML, uploads a folder, creates and offers tasks, reports progress, exports W3C', async () => {
    const db = openDatabase({ dataDir: env.GLOSSATOR_DATA_DIR });
    await migrate(db);
    const services = createServices(db, { accounts: { passwordParams: TEST_PASSWORD_PARAMS } });
    const org = await services.accounts.createOrganisation('CLI Org');
    await services.accounts.create({
      email: 'req@cli.test',
      displayName: 'R',
      password: 'pw',
      role: 'requester',
      organisationId: org,
    });
    const expert = await services.accounts.create({
      email: 'exp@cli.test',
      displayName: 'E',
      password: 'pw',
      role: 'expert',
      organisationId: null,
    });
    // A lawyer working in English and French: what the projects below ask for.
    await services.vetting.profiles.save(toPrincipal(expert), {
      version: 0,
      profile: {
        ...basicProfile(['law', 'finance']),
        languages: [
          { code: 'en', proficiency: 'native' },
          { code: 'fr-CA', proficiency: 'professional' },
        ],
      },
    });
    services.pdf.close();
    await db.close();

    const yaml = join(dir, 'project.yaml');
    writeFileSync(
      yaml,
      `name: Clause hunt
domain: law
description: Find clauses
instructions: |
  Label every clause.
labelSchema:
  labels:
    - { id: cap, name: Cap on liability }
taskType: spanLabelling
pay: { kind: perTask, rateMinor: 2500, currency: USD }
requiredCredentials: [bar admission]
languages: [en, fr-CA]
status: open
`,
    );
    const created = await run('create-project', '--as', 'req@cli.test', '--file', yaml);
    expect(created.code).toBe(0);
    const projectId = created.lines[0]!;
    expect(projectId).toMatch(/^[0-9a-f-]{36}$/);

    const docs = join(dir, 'docs');
    mkdirSync(docs);
    writeFileSync(join(docs, 'a.txt'), 'The cap is one dollar. 😀');
    writeFileSync(join(docs, 'b.md'), '# B\n\nNo cap here.');
    writeFileSync(join(docs, 'skip.bin'), 'ignored');
    const uploaded = await run(
      'upload',
      '--as',
      'req@cli.test',
      '--project',
      projectId,
      '--dir',
      docs,
    );
    expect(uploaded.code).toBe(0);
    expect(uploaded.lines).toHaveLength(2);

    const tasks = await run(
      'create-tasks',
      '--as',
      'req@cli.test',
      '--project',
      projectId,
      '--expert',
      'exp@cli.test',
    );
    expect(tasks).toMatchObject({ code: 0, lines: [expect.any(String), expect.any(String)] });
    expect(
      (await run('create-tasks', '--as', 'req@cli.test', '--project', projectId)).lines,
    ).toHaveLength(0);

    // The expert accepts both offers, and an annotation of theirs, written through the sync
    // service, is exported.
    const db2 = openDatabase({ dataDir: env.GLOSSATOR_DATA_DIR });
    const s2 = createServices(db2);
    for (const offer of await s2.tasks.myAssignments(toPrincipal(expert)))
      await s2.tasks.transition(toPrincipal(expert), projectId, offer.id, 'accepted', undefined);
    const docId = uploaded.lines[0]!.split(' ')[0]!;
    await s2.sync.push(toPrincipal(expert), {
      clientId: uuidv7(),
      mutations: [
        {
          id: 1,
          kind: 'annotation.put',
          annotation: {
            id: uuidv7(),
            projectId,
            documentId: docId,
            target: {
              kind: 'span',
              position: { start: 4, end: 7 },
              quote: { exact: 'cap', prefix: 'The ', suffix: ' is' },
            },
            body: { labels: ['cap'] },
            createdAt: '2025-01-01T00:00:00Z',
            updatedAt: '2025-01-01T00:00:00Z',
          },
        },
      ],
    });
    s2.pdf.close();
    await db2.close();

    const progress = await run('progress', '--as', 'req@cli.test', '--project', projectId);
    expect(progress.lines).toEqual(
      expect.arrayContaining([
        'documents    2',
        'tasks        2',
        'annotations  1',
        'assignments  accepted    2',
      ]),
    );
    const out = join(dir, 'export.jsonld');
    expect(
      (await run('export', '--as', 'req@cli.test', '--project', projectId, '--out', out)).code,
    ).toBe(0);
    const collection = JSON.parse(readFileSync(out, 'utf8')) as {
      type: string;
      total: number;
      first: { items: { target: unknown }[] };
    };
    expect(collection).toMatchObject({ type: 'AnnotationCollection', total: 1 });
    expect(collection.first.items[0]!.target).toMatchObject({
      selector: [{ type: 'TextPositionSelector', start: 4, end: 7 }, {}],
    });
    expect((await run('projects', '--as', 'exp@cli.test')).lines[0]).toContain('Clause hunt');
  });

  it('creates answer-review tasks from a JSONL file of prompts and answers, or none if a line is bad', async () => {
    const definition = join(dir, 'review.json');
    writeFileSync(
      definition,
      JSON.stringify({
        name: '10-K answers',
        domain: 'finance',
        description: 'Judge model answers',
        instructions: 'Rank, score, mark errors.',
        taskType: 'answerReview',
        labelSchema: {
          labels: [{ id: 'evidence', name: 'Evidence' }],
          rubric: FINANCE_RUBRIC,
          errorTypes: FINANCE_ERROR_TYPES,
        },
        pay: { kind: 'perTask', rateMinor: 4000, currency: 'USD' },
        requiredCredentials: [],
        languages: ['en'],
        status: 'open',
      }),
    );
    const projectId = (await run('create-project', '--as', 'req@cli.test', '--file', definition))
      .lines[0]!;
    const docs = join(dir, 'review-docs');
    mkdirSync(docs);
    writeFileSync(join(docs, 'medicis-10-k.txt'), 'Prescription pharmaceuticals were 77.0%.');
    writeFileSync(join(docs, 'medicis-10-k-customers.txt'), 'McKesson 18.0%, Cardinal 14.1%.');
    await run('upload', '--as', 'req@cli.test', '--project', projectId, '--dir', docs);
    const as = ['--as', 'req@cli.test', '--project', projectId, '--expert', 'exp@cli.test'];

    await expect(run('create-tasks', ...as)).rejects.toThrow(/--payloads <file.jsonl>/);
    const { prompt, answers } = FINANCE_PAYLOAD;
    const payloads = join(dir, 'payloads.jsonl');
    writeFileSync(
      payloads,
      [
        JSON.stringify({ document: 'medicis-10-k.txt', title: 'Revenue mix', prompt, answers }),
        JSON.stringify({ document: 'nowhere.txt', prompt, answers }),
      ].join('\n'),
    );
    await expect(run('create-tasks', ...as, '--payloads', payloads)).rejects.toThrow(
      /line 2: no document "nowhere.txt"/,
    );
    writeFileSync(
      payloads,
      [
        JSON.stringify({ document: 'medicis-10-k.txt', title: 'Revenue mix', prompt, answers }),
        JSON.stringify({
          document: 'medicis-10-k-customers.txt',
          prompt: 'Who are the customers?',
          answers,
        }),
      ].join('\n'),
    );
    const created = await run('create-tasks', ...as, '--payloads', payloads);
    // Run again: both documents have their task now, so nothing is created twice.
    await expect(run('create-tasks', ...as, '--payloads', payloads)).rejects.toThrow(
      /line 1: the document already has a task/,
    );
    expect(created.lines).toEqual([
      expect.stringMatching(/ {2}Revenue mix {2}offered to exp@cli.test$/),
      expect.stringMatching(/ {2}Who are the customers\? {2}offered to exp@cli.test$/),
    ]);

    const db = openDatabase({ dataDir: env.GLOSSATOR_DATA_DIR });
    const services = createServices(db);
    const requester = toPrincipal((await services.accounts.byEmail('req@cli.test'))!);
    const taskId = created.lines[0]!.split(' ')[0]!;
    expect((await services.tasks.payload(requester, projectId, taskId)).payload).toEqual(
      FINANCE_PAYLOAD,
    );
    services.pdf.close();
    await db.close();
  });

  it('refuses invalid definitions and unknown accounts clearly', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ name: 'x' }));
    await expect(run('create-project', '--as', 'req@cli.test', '--file', bad)).rejects.toThrow(
      /not a valid project definition/,
    );
    await expect(run('projects', '--as', 'nobody@cli.test')).rejects.toThrow(/no active account/);
    expect((await run()).code).toBe(2);
  });
});
