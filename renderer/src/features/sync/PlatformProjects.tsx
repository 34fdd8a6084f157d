import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { db } from '../../db/schema';
import { useAuthStore } from '../../stores/useAuthStore';
import { makeAvailableOffline } from '../../sync/offline';
import { callPlatform } from '../../sync/platformCall';
import './sync.css';

interface ProjectSummary {
  readonly id: string;
  readonly name: string;
  readonly offline: boolean;
  readonly local: number;
  readonly tasks: number;
}

async function summaries(): Promise<ProjectSummary[]> {
  const database = db();
  const projects = await database.projects.toArray();
  return Promise.all(
    projects.map(async (row) => ({
      id: row.id,
      name: row.project.name,
      offline: row.offline,
      local: await database.documents.where('projectId').equals(row.id).count(),
      tasks: await database.tasks
        .where('projectId')
        .equals(row.id)
        .filter((task) => task.assignment !== undefined)
        .count(),
    })),
  );
}

/** The platform projects this account works on, and which of them are kept on this computer. */
export function PlatformProjects() {
  const { t } = useTranslation();
  const projects = useLiveQuery(summaries, []);
  const signedIn = useAuthStore((s) => s.status?.state === 'signedIn');
  const [busy, setBusy] = useState<string>();
  if (!projects || projects.length === 0) return null;
  return (
    <section
      className="platform-projects"
      aria-labelledby="platform-projects-title"
      data-testid="platform-projects"
    >
      <h2 id="platform-projects-title">{t('sync.projects.title')}</h2>
      <ul>
        {projects.map((project) => (
          <li key={project.id} data-testid="platform-project" data-name={project.name}>
            <span className="project-name">{project.name}</span>
            <span className="help">
              {t('sync.projects.documents', { count: project.local })}
              {' · '}
              {t('sync.projects.tasks', { count: project.tasks })}
            </span>
            {project.offline ? (
              <span data-testid="offline-ready">{t('sync.projects.offline')}</span>
            ) : (
              <button
                type="button"
                disabled={!signedIn || busy !== undefined}
                onClick={() => {
                  setBusy(project.id);
                  void makeAvailableOffline(db(), callPlatform, project.id).finally(() =>
                    setBusy(undefined),
                  );
                }}
              >
                {busy === project.id
                  ? t('sync.projects.downloading')
                  : t('sync.projects.makeOffline')}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
