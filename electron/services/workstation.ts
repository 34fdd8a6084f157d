import { join } from 'node:path';
import type {
  AppInfo,
  EventName,
  EventPayload,
  Handlers,
  Settings,
} from '../../shared/ipc/contract';
import { isValidPlatformUrl } from '../../shared/model/platformUrl';
import { createConnectionStatus, type ConnectionStatus } from './connectionStatus';
import { isAllowedExternal } from './externalLinks';
import type { EmbeddedPlatform } from './embedded/embeddedPlatform';
import type { FilePicker } from './fileImport';
import type { FileSaver } from './fileSaver';
import { createHandlers } from './handlers';
import { createOsNotifier, type OsNotificationApi } from './notifications';
import { createPlatformRuntime, platformUrlOf, type PlatformRuntime } from './platform/runtime';
import { createSettingsStore, type SettingsStore } from './settingsStore';
import { createTokenVault, type SafeStorageLike } from './tokenVault';

/**
 * What a host (Electron main, or the web host) gives the workstation. Everything else — settings,
 * the platform runtime, the handlers, which links may open, notifications, shutdown — is built
 * here, once, so the two hosts cannot drift apart.
 */
export interface HostAdapters {
  readonly appInfo: AppInfo;
  readonly dataDir: string;
  /** The OS keyring for the refresh token (Electron's safeStorage); none keeps tokens in memory. */
  readonly keyring: SafeStorageLike | undefined;
  /** A platform that runs elsewhere (GLOSSATOR_PLATFORM_URL): no embedded one is started. */
  readonly platformUrlFromEnv?: string;
  /** Starts this host's embedded platform, if it runs one (undefined: it does not, or could not). */
  readonly startEmbeddedPlatform?: () => Promise<EmbeddedPlatform | undefined>;
  /** Pushes an event to every page of the app (Electron's windows, the web host's tabs). */
  readonly broadcast: <E extends EventName>(event: E, payload: EventPayload<E>) => void;
  /** The OS's notifications and what a click on one does (Electron); the web host has none. */
  readonly osNotifications?: { readonly api: OsNotificationApi; readonly onClick: () => void };
  /** How long leaving a platform waits for it to confirm the revocation. */
  readonly revokeTimeoutMs?: number;
}

/** What one calling page brings: its file dialogs and where it opens sign-in pages. */
export interface PageAdapters {
  readonly picker: FilePicker;
  readonly saver: FileSaver;
  /** The system browser (Electron), or a new tab of the calling page (web host). */
  readonly openExternal: (url: string) => Promise<void>;
}

export interface Workstation {
  readonly settings: SettingsStore;
  readonly connection: ConnectionStatus;
  readonly platform: PlatformRuntime;
  /** The platform used when Settings name none (GLOSSATOR_PLATFORM_URL or the embedded one). */
  readonly defaultPlatformUrl: string | undefined;
  /** Settles once the session kept from the last run is restored, or let go (and revoked). */
  readonly restored: Promise<unknown>;
  /** The origins a link may open in the system browser: the platform in use, kept current. */
  allowedExternalOrigins(): readonly string[];
  handlersFor(page: PageAdapters): Handlers;
  /** Stops the event stream and the embedded platform; safe to call more than once. */
  stop(): Promise<void>;
}

/** The one rule for which links may leave the app: those to the platform in use now. */
export function allowedOriginsFor(settings: Settings, defaultUrl: string | undefined): string[] {
  const url = platformUrlOf(settings, defaultUrl);
  return url ? [new URL(url).origin] : [];
}

export async function startWorkstation(host: HostAdapters): Promise<Workstation> {
  if (host.platformUrlFromEnv && !isValidPlatformUrl(host.platformUrlFromEnv))
    throw new Error(
      `GLOSSATOR_PLATFORM_URL must be an https address, or http on this machine (got ${JSON.stringify(host.platformUrlFromEnv.slice(0, 200))})`,
    );
  const embedded = host.platformUrlFromEnv ? undefined : await host.startEmbeddedPlatform?.();
  try {
    return await assemble(host, embedded);
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
}

async function assemble(
  host: HostAdapters,
  embedded: EmbeddedPlatform | undefined,
): Promise<Workstation> {
  const defaultPlatformUrl = host.platformUrlFromEnv || embedded?.url;
  const settings = createSettingsStore(host.dataDir);
  const connection = createConnectionStatus();
  const osNotifier = host.osNotifications
    ? createOsNotifier(host.osNotifications.api, host.osNotifications.onClick)
    : undefined;
  const platform = createPlatformRuntime({
    settings,
    defaultUrl: () => defaultPlatformUrl,
    vault: createTokenVault(join(host.dataDir, 'refresh-token'), host.keyring),
    // Sign-in always opens through the page that asked for it (see handlersFor).
    openExternal: () => Promise.reject(new Error('no page to open the sign-in page in')),
    connection,
    appVersion: host.appInfo.version,
    onPoke: (projectId) => host.broadcast('platform:poke', { projectId }),
    onNotification: (note) => {
      host.broadcast('platform:notification', note);
      osNotifier?.notify(note);
    },
    onAuthChanged: (status) => host.broadcast('auth:changed', status),
    ...(host.revokeTimeoutMs === undefined ? {} : { revokeTimeoutMs: host.revokeTimeoutMs }),
  });

  let origins = allowedOriginsFor(await settings.get(), defaultPlatformUrl);
  settings.onChange((next) => {
    origins = allowedOriginsFor(next, defaultPlatformUrl);
    host.broadcast('settings:changed', next);
  });
  connection.onChange((state) => host.broadcast('connection:changed', state));
  const restored = platform.auth.restore().catch(() => undefined);

  let stopping: Promise<void> | undefined;
  return {
    settings,
    connection,
    platform,
    defaultPlatformUrl,
    restored,
    allowedExternalOrigins: () => origins,
    handlersFor: (page) =>
      createHandlers({
        appInfo: host.appInfo,
        settings,
        connection,
        platform,
        picker: page.picker,
        saver: page.saver,
        openExternal: (url) =>
          isAllowedExternal(url, origins)
            ? page.openExternal(url)
            : Promise.reject(new Error('refusing to open a URL outside the platform')),
      }),
    stop() {
      stopping ??= (async () => {
        platform.stop();
        await embedded?.stop();
      })();
      return stopping;
    },
  };
}
