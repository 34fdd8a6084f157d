/**
 * A real platform process (`server/src/main.ts`, seeded demo) whose public address is a recording
 * proxy: everything a client sends it, and every token it hands out, is in `recorder.log`.
 */
import { createServer } from 'node:net';
import { join } from 'node:path';
import { DESKTOP_CLIENT_ID } from '../electron/services/platform/runtime';
import { startChild, type Child } from './chaos/processes';
import { startRecordingProxy, type RecordingProxy } from './recordingProxy';

export interface RecordedPlatform {
  /** The platform's public address (the recorder's). */
  readonly url: string;
  readonly recorder: RecordingProxy;
  readonly child: Child;
  /** The access and refresh tokens this platform has issued so far, read from its answers. */
  issuedTokens(): { accessTokens: string[]; refreshTokens: string[] };
  /** What the platform's token endpoint answers to a refresh with `refreshToken` (direct, not recorded). */
  refreshWith(refreshToken: string): Promise<{ status: number; error?: string }>;
  /** The status `/me` answers with `accessToken` (direct, not recorded). */
  meStatusWith(accessToken: string): Promise<number>;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export async function startRecordedPlatform(dataDir: string): Promise<RecordedPlatform> {
  const recorder = await startRecordingProxy();
  const port = await freePort();
  const direct = `http://127.0.0.1:${port}`;
  const child = startChild('server/src/main.ts', {
    HOST: '127.0.0.1',
    PORT: String(port),
    GLOSSATOR_DATA_DIR: join(dataDir, 'platform'),
    GLOSSATOR_PUBLIC_URL: recorder.url,
    DATABASE_URL: '',
  });
  await child.waitFor(/^listening on /, 120_000);
  recorder.setTarget(direct);

  return {
    url: recorder.url,
    recorder,
    child,
    issuedTokens() {
      const accessTokens: string[] = [];
      const refreshTokens: string[] = [];
      for (const exchange of recorder.log) {
        if (exchange.path !== '/oidc/token' || exchange.status !== 200) continue;
        const answer = JSON.parse(exchange.responseBody) as {
          access_token?: unknown;
          refresh_token?: unknown;
        };
        if (typeof answer.access_token === 'string') accessTokens.push(answer.access_token);
        if (typeof answer.refresh_token === 'string') refreshTokens.push(answer.refresh_token);
      }
      return { accessTokens, refreshTokens };
    },
    async refreshWith(refreshToken) {
      const response = await fetch(`${direct}/oidc/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          grant_type: 'refresh_token',
          refresh_token: refreshToken,
          client_id: DESKTOP_CLIENT_ID,
        }).toString(),
      });
      const body = (await response.json().catch(() => ({}))) as { error?: unknown };
      return {
        status: response.status,
        ...(typeof body.error === 'string' ? { error: body.error } : {}),
      };
    },
    async meStatusWith(accessToken) {
      const response = await fetch(`${direct}/me`, {
        headers: { authorization: `Bearer ${accessToken}` },
      });
      await response.body?.cancel();
      return response.status;
    },
    async stop() {
      await child.kill();
      await recorder.close();
    },
  };
}
