import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { createEngine, readEngineConfig } from '../interview/config';
import type { InterviewEngine } from '../interview/engine';
import type { ProjectService } from '../projects/projects';
import type { TaskService } from '../projects/tasks';
import { createCatalogue } from './catalogue';
import { createInterviews } from './interviews';
import { createMatchingData } from './matching';
import { createNotifications } from './notifications';
import { createProfileService } from './profiles';
import { vettingDb } from './tables';
import type { EventHub } from '../core/events';

export interface VettingOptions {
  /** Default: from GLOSSATOR_INTERVIEW_* (the built-in engine when no model is configured). */
  readonly engine?: InterviewEngine;
  readonly now?: () => Date;
  /** Background failures (scoring, notifying) that no request is waiting for. */
  readonly onError?: (what: string, error: unknown) => void;
  /** Hears of experts joining projects from the catalogue, for their event streams. */
  readonly events?: Pick<EventHub, 'membershipChanged'>;
}

/** Profiles and credentials, the interview, matching, the catalogue and notifications. */
export function createVetting(
  kysely: Kysely<Database>,
  tasks: TaskService,
  options: VettingOptions = {},
) {
  const db = vettingDb(kysely);
  const now = options.now ?? (() => new Date());
  const profiles = createProfileService(db, now);
  const notifications = createNotifications(db, now);
  // The matching data and the interviews need each other (plans follow open projects; matching
  // reads interview results): the interview asks for open projects lazily.
  const ref: { matching?: ReturnType<typeof createMatchingData> } = {};
  const interviews = createInterviews({
    db,
    profiles,
    engine: options.engine ?? createEngine(readEngineConfig(process.env)),
    now,
    openProjects: async () => (await ref.matching!.openListed()).map((l) => l.requirements),
    onScoringError: (sessionId, error) => options.onError?.(`scoring ${sessionId}`, error),
  });
  const matching = createMatchingData({ db, profiles, interviews, now });
  ref.matching = matching;
  const catalogue = createCatalogue({
    db,
    matching,
    tasks,
    notifications,
    now,
    ...(options.events ? { events: options.events } : {}),
    onError: (error) => options.onError?.('announcing a project', error),
  });

  /** The project service, telling matching experts when a listed project opens. */
  function watchOpenings(projects: ProjectService): ProjectService {
    return {
      ...projects,
      async create(principal, definition, id) {
        const project = await projects.create(principal, definition, id);
        if (project.status === 'open') await catalogue.projectOpened(project.id);
        return project;
      },
      async update(principal, projectId, patch) {
        const before = await kysely
          .selectFrom('projects')
          .select('status')
          .where('id', '=', projectId)
          .executeTakeFirst();
        const project = await projects.update(principal, projectId, patch);
        if (project.status === 'open' && before?.status !== 'open')
          await catalogue.projectOpened(project.id);
        return project;
      },
    };
  }

  return { db, profiles, interviews, matching, catalogue, notifications, watchOpenings };
}

export type Vetting = ReturnType<typeof createVetting>;
