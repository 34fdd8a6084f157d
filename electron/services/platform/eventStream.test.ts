import { describe, expect, it } from 'vitest';
import type { PlatformNotificationWire } from '../../../shared/platform/ops/vettingSchemas';
import type { AuthSession } from '../auth/authSession';
import { createConnectionStatus } from '../connectionStatus';
import { startEventStream } from './eventStream';

const note: PlatformNotificationWire = {
  id: '0190a5e0-0000-7000-8000-000000000001',
  kind: 'project-match',
  projectId: '0190a5e0-0000-7000-8000-000000000002',
  title: 'Restrictive covenants',
  message: 'A new project matches your profile',
  createdAt: '2025-03-03T09:00:00.000Z',
};

const fakeAuth = {
  state: () => ({ state: 'signedIn' }),
  accessToken: () => Promise.resolve('token'),
  onChange: () => () => undefined,
} as unknown as AuthSession;

describe('the platform event stream', () => {
  it('passes on pokes and well-formed notifications, and drops malformed ones', async () => {
    const body = [
      'event: ready\ndata: {}\n\n',
      `event: poke\ndata: ${JSON.stringify({ projectId: note.projectId })}\n\n`,
      `event: notification\ndata: ${JSON.stringify({ ...note, id: 'not-a-uuid' })}\n\n`,
      `event: notification\ndata: ${JSON.stringify(note)}\n\n`,
    ].join('');
    const pokes: string[] = [];
    const notes: PlatformNotificationWire[] = [];
    const done = new Promise<void>((resolve) => {
      const stream = startEventStream({
        baseUrl: () => Promise.resolve('http://127.0.0.1:1'),
        auth: fakeAuth,
        connection: createConnectionStatus(),
        onPoke: (projectId) => pokes.push(projectId),
        onNotification: (n) => {
          notes.push(n);
          stream.stop();
          resolve();
        },
        fetch: () => Promise.resolve(new Response(body, { status: 200 })),
        random: () => 0,
      });
    });
    await done;
    expect(pokes).toEqual([note.projectId]);
    expect(notes).toEqual([note]);
  });
});
