import { describe, expect, it } from 'vitest';
import type { PlatformNotificationWire } from '../../shared/platform/ops/vettingSchemas';
import { createOsNotifier, type OsNotificationApi } from './notifications';

const note: PlatformNotificationWire = {
  id: '0190a5e0-0000-7000-8000-000000000001',
  kind: 'project-match',
  projectId: '0190a5e0-0000-7000-8000-000000000002',
  title: 'Restrictive covenants',
  message: 'A new project matches your profile: verified NY bar licence',
  createdAt: '2025-03-03T09:00:00.000Z',
};

function fakeApi(supported = true) {
  const made: { options: unknown; shown: boolean; click?: () => void }[] = [];
  const api: OsNotificationApi = {
    isSupported: () => supported,
    create(options) {
      const entry: (typeof made)[number] = { options, shown: false };
      made.push(entry);
      return {
        show: () => (entry.shown = true),
        on: (_event, listener) => (entry.click = listener),
      };
    },
  };
  return { api, made };
}

describe('OS notifications', () => {
  it('shows a new matching project once with its title and message, and reports clicks', () => {
    const { api, made } = fakeApi();
    const clicked: string[] = [];
    const notifier = createOsNotifier(api, (n) => clicked.push(n.projectId));
    expect(notifier.notify(note)).toBe(true);
    expect(notifier.notify(note)).toBe(false);
    expect(made).toHaveLength(1);
    expect(made[0]).toMatchObject({
      options: { title: note.title, body: note.message, silent: false },
      shown: true,
    });
    made[0]!.click!();
    expect(clicked).toEqual([note.projectId]);
  });

  it('does nothing where the OS has no notifications (or no Electron)', () => {
    const { api, made } = fakeApi(false);
    expect(createOsNotifier(api).notify(note)).toBe(false);
    expect(createOsNotifier(undefined).notify(note)).toBe(false);
    expect(made).toEqual([]);
  });
});
