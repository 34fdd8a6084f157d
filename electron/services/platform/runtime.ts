import type { AuthStatus, Settings, SettingsPatch } from '../../../shared/ipc/contract';
import type { PlatformNotificationWire } from '../../../shared/platform/ops/vettingSchemas';
import { AuthSession, type AuthState, type ProviderInfo } from '../auth/authSession';
import { normalizePlatformUrl } from '../auth/tokenBinding';
import { reportingWhile, type ConnectionStatus } from '../connectionStatus';
import type { SettingsStore } from '../settingsStore';
import type { TokenVault } from '../tokenVault';
import { startEventStream } from './eventStream';
import { createPlatformClient, type PlatformClient } from './platformClient';

/** The public native client every Glossator platform registers (see server/README.md). */
export const DESKTOP_CLIENT_ID = 'glossator-desktop';

export interface PlatformRuntimeDeps {
  readonly settings: SettingsStore;
  /** The platform used when Settings name none: GLOSSATOR_PLATFORM_URL, or the embedded one. */
  readonly defaultUrl: () => string | undefined;
  readonly vault: TokenVault;
  readonly openExternal: (url: string) => Promise<void>;
  readonly connection: ConnectionStatus;
  readonly appVersion: string;
  readonly onPoke: (projectId: string) => void;
  /** A new matching project and the like (main shows it as an OS notification too). */
  readonly onNotification?: (notification: PlatformNotificationWire) => void;
  readonly onAuthChanged: (status: AuthStatus) => void;
  readonly revokeTimeoutMs?: number;
}

export interface PlatformRuntime {
  readonly auth: AuthSession;
  readonly client: PlatformClient;
  baseUrl(): Promise<string | undefined>;
  status(): Promise<AuthStatus>;
  /** Sign-in, after any platform switch under way has finished. */
  signIn(open?: (url: string) => Promise<void>): Promise<AuthStatus>;
  signOut(): Promise<AuthStatus>;
  /** Applies settings; a change of platform first ends the session with the old one. */
  updateSettings(patch: SettingsPatch): Promise<Settings>;
  stop(): void;
}

/** The platform a settings value points at: Settings' address, else the default; normalised. */
export function platformUrlOf(
  settings: Pick<Settings, 'platformUrl'>,
  defaultUrl: string | undefined,
): string | undefined {
  const url = settings.platformUrl || defaultUrl;
  return url ? normalizePlatformUrl(url) : undefined;
}

/** Sign-in, API calls and the event stream for the configured (or default) platform, in main. */
export function createPlatformRuntime(deps: PlatformRuntimeDeps): PlatformRuntime {
  const baseUrl = async (): Promise<string | undefined> =>
    platformUrlOf(await deps.settings.get(), deps.defaultUrl());
  const provider = async (): Promise<ProviderInfo> => {
    const platformUrl = await baseUrl();
    if (!platformUrl) throw new Error('no platform is configured');
    return { platformUrl, issuer: `${platformUrl}/oidc`, clientId: DESKTOP_CLIENT_ID };
  };
  const auth = new AuthSession({
    provider,
    vault: deps.vault,
    openExternal: deps.openExternal,
    ...(deps.revokeTimeoutMs === undefined ? {} : { revokeTimeoutMs: deps.revokeTimeoutMs }),
  });
  // Replies report the connection only while signed in (sign-out and expiry set it themselves).
  const connection = reportingWhile(deps.connection, () => auth.state().state === 'signedIn');
  const client = createPlatformClient({ auth, connection, appVersion: deps.appVersion });

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

  // Switches (and the sign-ins that wait for them) run one at a time.
  let switching: Promise<unknown> = Promise.resolve();
  let lastPlatformUrl: string | undefined;
  void baseUrl().then((url) => (lastPlatformUrl = url));
  deps.settings.onChange((next) => {
    const url = platformUrlOf(next, deps.defaultUrl());
    if (url === lastPlatformUrl) return;
    lastPlatformUrl = url;
    // However the address changed, the old session means nothing at the new one. (The session
    // refuses to be used there anyway; this ends it without waiting for the next call.)
    // The page learns the new address with the state (sign-out announced the old one).
    void auth.signOut().then(async () => {
      events.reconnect();
      deps.onAuthChanged(await status());
    });
  });

  async function updateSettings(patch: SettingsPatch): Promise<Settings> {
    if (patch.platformUrl === undefined) return deps.settings.set(patch);
    // In turn with other address changes, each judged against the address in force when its
    // turn comes. One step: the old session ends (calls dropped, tokens forgotten, revoked at
    // the old issuer) before the new address is in force.
    const step = switching.then(async () => {
      const from = platformUrlOf(await deps.settings.get(), deps.defaultUrl());
      const to = platformUrlOf({ platformUrl: patch.platformUrl ?? '' }, deps.defaultUrl());
      if (to !== from) await auth.signOut();
      return deps.settings.set(patch);
    });
    switching = step.catch(() => undefined);
    return step;
  }

  return {
    auth,
    client,
    baseUrl,
    status: () => status(),
    async signIn(open) {
      await switching;
      await auth.signIn(open);
      return status();
    },
    async signOut() {
      await auth.signOut();
      return status();
    },
    updateSettings,
    stop: () => events.stop(),
  };
}
