/**
 * `npm run platform -- <command>`: requester tooling that works on the platform's database
 * directly (the same GLOSSATOR_DATA_DIR / DATABASE_URL as the server), acting as the account named
 * by --as with that account's rights. Whoever can run it can read the database anyway; it is
 * for the people who run the platform, not a remote client.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { Compile } from 'typebox/compile';
import { parse as parseYaml } from 'yaml';
import { takesNewWork } from '../../../shared/matching/eligibility';
import { ProjectDefinition } from '../../../shared/model/project';
import { readServerConfig } from '../config';
import { readAnswerTasks } from './answerTasks';
import { openDatabase } from '../db/database';
import { migrate } from '../db/migrate';
import { createServices, type Services } from '../services';
import { toPrincipal } from '../services/accounts/accounts';
import { ServiceError } from '../services/core/errors';
import { exportProjectW3c } from '../services/export/w3c';
import type { Principal } from '../services/core/principal';

const USAGE = `usage: npm run platform -- <command> --as <email> [options]

commands:
  projects                                  list the projects you can see
  create-project --file <project.yaml|json> create a project from a definition
  upload --project <id> --dir <folder>      upload every .pdf/.txt/.md/... file in a folder
  create-tasks --project <id> [--expert <email>] [--payloads <file.jsonl>]
                                            one task per document that has none; offer each to the expert
                                            (the project must be open and the expert qualify for it);
                                            with --payloads, one answer-review task per line
                                            ({"document", "title"?, "prompt", "answers": [{"id", "text"}]})
  progress --project <id>                   documents, tasks, annotations and assignments by status
  export --project <id> [--out <file>]      annotations as W3C Web Annotation JSON-LD (stdout by default)
  create-account --email <e-mail> --name <display name> [--role expert|reviewer|requester]
                                            (admins) an account; the password is read from
                                            GLOSSATOR_ACCOUNT_PASSWORD (never from the command line)

settings: GLOSSATOR_DATA_DIR (SQLite) or DATABASE_URL (PostgreSQL), as for platform:serve.`;

const UPLOADABLE = new Set([
  '.pdf',
  '.txt',
  '.text',
  '.md',
  '.csv',
  '.tsv',
  '.json',
  '.xml',
  '.html',
]);
const checkDefinition = Compile(ProjectDefinition);

export function readDefinition(file: string): ProjectDefinition {
  const text = readFileSync(file, 'utf8');
  const value: unknown = /\.ya?ml$/i.test(file) ? parseYaml(text) : JSON.parse(text);
  if (!checkDefinition.Check(value)) {
    const problems = [...checkDefinition.Errors(value)]
      .slice(0, 5)
      .map((e) => `  ${e.instancePath || '/'} ${e.message}`);
    throw new ServiceError(
      'badRequest',
      `${file} is not a valid project definition:\n${problems.join('\n')}`,
    );
  }
  return value;
}

async function actor(services: Services, email: string | undefined): Promise<Principal> {
  if (!email) throw new ServiceError('badRequest', '--as <email> is required');
  const row = await services.accounts.byEmail(email);
  if (!row || row.status !== 'active')
    throw new ServiceError('notFound', `no active account ${email}`);
  return toPrincipal(row);
}

const NEW_ROLES = ['expert', 'reviewer', 'requester'] as const;

/** An admin creates an account: experts stand alone, staff join the admin's organisation. */
async function createAccount(
  services: Services,
  me: Principal,
  values: { email?: string; name?: string; role?: string },
  env: NodeJS.ProcessEnv,
) {
  if (me.role !== 'admin' || !me.organisationId)
    throw new ServiceError('forbidden', 'only admins create accounts');
  const role = (values.role ?? 'expert') as (typeof NEW_ROLES)[number];
  if (!NEW_ROLES.includes(role))
    throw new ServiceError('badRequest', `--role must be one of ${NEW_ROLES.join(', ')}`);
  const password = env.GLOSSATOR_ACCOUNT_PASSWORD ?? '';
  if (password.length < 12)
    throw new ServiceError('badRequest', 'set GLOSSATOR_ACCOUNT_PASSWORD (12 characters or more)');
  return services.accounts.create(
    {
      email: need(values.email, '--email'),
      displayName: need(values.name, '--name'),
      password,
      role,
      organisationId: role === 'expert' ? null : me.organisationId,
    },
    me.id,
  );
}

function need(value: string | undefined, flag: string): string {
  if (!value) throw new ServiceError('badRequest', `${flag} is required`);
  return value;
}

export async function runCli(
  argv: string[],
  out: (line: string) => void = console.log,
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      as: { type: 'string' },
      file: { type: 'string' },
      project: { type: 'string' },
      dir: { type: 'string' },
      expert: { type: 'string' },
      payloads: { type: 'string' },
      out: { type: 'string' },
      email: { type: 'string' },
      name: { type: 'string' },
      role: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const command = positionals[0];
  if (!command || values.help) {
    out(USAGE);
    return command ? 0 : 2;
  }
  const config = readServerConfig(env);
  const db = openDatabase({
    dataDir: config.dataDir,
    ...(config.databaseUrl ? { databaseUrl: config.databaseUrl } : {}),
  });
  const services = createServices(db);
  try {
    await migrate(db);
    const me = await actor(services, values.as);
    switch (command) {
      case 'projects': {
        for (const p of await services.projects.list(me))
          out(`${p.id}  ${p.status.padEnd(6)}  ${p.domain.padEnd(8)}  ${p.name}`);
        return 0;
      }
      case 'create-project': {
        const project = await services.projects.create(
          me,
          readDefinition(need(values.file, '--file')),
        );
        out(project.id);
        return 0;
      }
      case 'upload': {
        const projectId = need(values.project, '--project');
        const dir = need(values.dir, '--dir');
        const files = readdirSync(dir)
          .filter(
            (name) =>
              UPLOADABLE.has(extname(name).toLowerCase()) && statSync(join(dir, name)).isFile(),
          )
          .sort();
        let failed = 0;
        for (const name of files) {
          try {
            const record = await services.documents.upload(me, projectId, {
              name,
              bytes: new Uint8Array(readFileSync(join(dir, name))),
            });
            out(`${record.id}  ${record.kind}  ${record.charCount} chars  ${basename(name)}`);
          } catch (error) {
            failed++;
            out(`refused  ${name}: ${error instanceof Error ? error.message : String(error)}`);
          }
        }
        return failed > 0 ? 1 : 0;
      }
      case 'create-tasks': {
        const projectId = need(values.project, '--project');
        const expert = values.expert ? await services.accounts.byEmail(values.expert) : undefined;
        if (values.expert && !expert)
          throw new ServiceError('notFound', `no account ${values.expert}`);
        const documents = await services.documents.list(me, projectId);
        const existing = new Set(
          (await services.tasks.listTasks(me, projectId)).map((t) => t.documentId),
        );
        const { taskType, status } = await services.projects.get(me, projectId);
        // Offers need an open project: say so before creating tasks that could not be offered.
        if (expert && !takesNewWork(status))
          throw new ServiceError(
            'conflict',
            `the project is ${status}; open it (status: open) before offering its tasks`,
          );
        if (taskType === 'answerReview' && !values.payloads)
          throw new ServiceError(
            'badRequest',
            'an answer-review project needs its prompts and answers: --payloads <file.jsonl>',
          );
        const tasks = values.payloads
          ? readAnswerTasks(readFileSync(values.payloads, 'utf8'), documents, existing)
          : documents
              .filter((d) => !existing.has(d.id))
              .map((d) => ({ documentId: d.id, title: `Label ${d.name}` }));
        let refused = 0;
        for (const input of tasks) {
          const task = await services.tasks.createTask(me, projectId, input);
          if (!expert) {
            out(`${task.id}  ${task.title}`);
            continue;
          }
          try {
            await services.tasks.offer(me, projectId, { taskId: task.id, expertId: expert.id });
            out(`${task.id}  ${task.title}  offered to ${expert.email}`);
          } catch (error) {
            // The task stands; the offer is refused (e.g. the expert does not qualify): say why.
            if (!(error instanceof ServiceError)) throw error;
            refused++;
            out(`${task.id}  ${task.title}  not offered to ${expert.email}: ${error.message}`);
          }
        }
        return refused > 0 ? 1 : 0;
      }
      case 'progress': {
        const progress = await services.projects.progress(me, need(values.project, '--project'));
        out(`documents    ${progress.documents}`);
        out(`tasks        ${progress.tasks}`);
        out(`annotations  ${progress.annotations}`);
        for (const [status, n] of Object.entries(progress.assignments))
          out(`assignments  ${status.padEnd(11)} ${n}`);
        return 0;
      }
      case 'export': {
        const collection = await exportProjectW3c(db.kysely, me, need(values.project, '--project'));
        const json = JSON.stringify(collection, null, 2);
        if (values.out) {
          writeFileSync(values.out, json + '\n');
          out(`wrote ${collection.total} annotations to ${values.out}`);
        } else out(json);
        return 0;
      }
      case 'create-account': {
        const row = await createAccount(services, me, values, env);
        out(`${row.id}  ${row.role}  ${row.email}`);
        return 0;
      }
      default:
        out(USAGE);
        return 2;
    }
  } finally {
    services.pdf.close();
    await db.close();
  }
}
