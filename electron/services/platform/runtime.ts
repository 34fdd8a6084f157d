import type { AuthStatus } from '../../../shared/ipc/contract';
import type { PlatformNotificationWire } from '../../../shared/platform/ops/vettingSchemas';
import { AuthSession, type AuthState } from '../auth/authSession';
import { reportingWhile, type ConnectionStatus } from '../connectionStatus';
import type { SettingsStore } from '../settingsStore';
import type { TokenVault } from '../tokenVault';
import { startEventStream } from './eventStream';
import { createPlatformClient, type PlatformClient } from './platformClient';

/** The public native client every Glossator platform registers (see server/README.md). */
export const DESKTOP_CLIENT_ID = 'glossator-desktop';

export interface PlatformRuntimeDeps {
  readonly settings: SettingsStore;
  /** The embedded platform's URL when one runs in this process tree. */
  readonly embeddedUrl: () => string | undefined;
  readonly vault: TokenVault;
  readonly openExternal: (url: string) => Promise<void>;
  readonly connection: ConnectionStatus;
  readonly appVersion: string;
  readonly onPoke: (projectId: string) => void;
  /** A new matching project and the like (main shows it as an OS notification too). */
  readonly onNotification?: (notification: PlatformNotificationWire) => void;
  readonly onAuthChanged: (status: AuthStatus) => void;
}

export interface PlatformRuntime {
  readonly auth: AuthSession;
  readonly client: PlatformClient;
  baseUrl(): Promise<string | undefined>;
  status(): Promise<AuthStatus>;
  stop(): void;
}

/** Sign-in, API calls and the event stream for the configured (or embedded) platform, in main. */
export function createPlatformRuntime(deps: PlatformRuntimeDeps): PlatformRuntime {
  const baseUrl = async (): Promise<string | undefined> =>
    (await deps.settings.get()).platformUrl || deps.embeddedUrl();
  const auth = new AuthSession({
    provider: async () => {
      const base = await baseUrl();
      if (!base) throw new Error('no platform is configured');
      return { issuer: `${base.replace(/\/$/, '')}/oidc`, clientId: DESKTOP_CLIENT_ID };
    },
    vault: deps.vault,
    openExternal: deps.openExternal,
  });
  // Replies report the connection only while signed in (sign-out and expiry set it themselves).
  const connection = reportingWhile(deps.connection, () => auth.state().state === 'signedIn');
  const client = createPlatformClient({
    baseUrl,
    auth,
    connection,
    appVersion: deps.appVersion,
  });

  async function status(state: AuthState = auth.state()): Promise<AuthStatus> {
    const persistence = await auth.persistence();
    const platformUrl = await baseUrl();
    return {
      state: state.state,
      ...('user' in state && state.user ? { user: state.user } : {}),
      persistence: persistence.kind,
      ...(persistence.kind === 'memory' ? { persistenceReason: persistence.reason } : {}),
      ...(platformUrl ? { platformUrl } : {}),
    };
  }

  const events = startEventStream({
    baseUrl,
    auth,
    connection,
    onPoke: deps.onPoke,
    ...(deps.onNotification ? { onNotification: deps.onNotification } : {}),
  });
  auth.onChange((state) => {
    if (state.state === 'signedOut') deps.connection.set({ state: 'local' });
    if (state.state === 'expired') deps.connection.set({ state: 'error', detail: 'sign in again' });
    if (state.state === 'signedIn') events.reconnect();
    void status(state).then(deps.onAuthChanged);
  });
  let lastPlatformUrl: string | undefined;
  void deps.settings.get().then((s) => (lastPlatformUrl = s.platformUrl));
  deps.settings.onChange((next) => {
    if (next.platformUrl === lastPlatformUrl) return;
    lastPlatformUrl = next.platformUrl;
    // Another platform: the old session means nothing there.
    void auth.signOut().then(() => events.reconnect());
  });

  return { auth, client, baseUrl, status: () => status(), stop: () => events.stop() };
}
