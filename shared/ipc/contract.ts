/**
 * The one contract between the renderer and the main process (or the web host, which carries the
 * same contract over a loopback WebSocket). Each channel's request and response schema is the
 * single source of both the TypeScript types and the runtime validation done on arrival.
 */
import Type, { type Static, type TSchema } from 'typebox';
import { Bytes, Empty, Strict } from './schema';
import { IMPORT_PROBLEM_CODES } from '../files/importProblem';
import { MAX_IMPORT_BYTES } from '../files/limits';
import { isValidPlatformUrl } from '../model/platformUrl';
import { OPERATION_IDS, PLATFORM_FAILURES } from '../platform/operations';
import { PlatformNotificationSchema } from '../platform/ops/vettingSchemas';

export const ThemeSetting = Type.Enum(['system', 'light', 'dark']);
export const LocaleSetting = Type.Enum(['system', 'en', 'fr']);

export const Settings = Strict({
  theme: ThemeSetting,
  locale: LocaleSetting,
  /** Base URL of the platform server; empty means the embedded platform. */
  platformUrl: Type.Refine(
    Type.String({ maxLength: 2048 }),
    isValidPlatformUrl,
    () => 'must be https, or http on loopback',
  ),
});
export type Settings = Static<typeof Settings>;

export const SettingsPatch = Type.Partial(Settings, { additionalProperties: false });
export type SettingsPatch = Static<typeof SettingsPatch>;

export const AppInfo = Strict({
  name: Type.String(),
  version: Type.String(),
  host: Type.Enum(['electron', 'web']),
  platform: Type.String(),
  versions: Type.Record(Type.String(), Type.String()),
});
export type AppInfo = Static<typeof AppInfo>;

export const PickedFile = Strict({
  name: Type.String({ minLength: 1, maxLength: 1024 }),
  size: Type.Integer({ minimum: 0, maximum: MAX_IMPORT_BYTES }),
  kind: Type.Enum(['pdf', 'text']),
  mediaType: Type.String(),
  bytes: Bytes,
});
export type PickedFile = Static<typeof PickedFile>;

export const PickResult = Type.Union([
  Strict({ status: Type.Literal('canceled') }),
  Strict({ status: Type.Literal('picked'), file: PickedFile }),
  Strict({
    status: Type.Literal('refused'),
    name: Type.String(),
    problem: Type.Enum([...IMPORT_PROBLEM_CODES]),
  }),
]);
export type PickResult = Static<typeof PickResult>;

/** A file the user chose to read (annotation files to import, not documents). */
export const OpenedFile = Strict({
  name: Type.String({ minLength: 1, maxLength: 1024 }),
  bytes: Bytes,
});

export const OpenResult = Type.Union([
  Strict({ status: Type.Literal('canceled') }),
  Strict({ status: Type.Literal('opened'), file: OpenedFile }),
  Strict({
    status: Type.Literal('refused'),
    name: Type.String(),
    problem: Type.Enum(['empty', 'tooLarge', 'unreadable']),
  }),
]);
export type OpenResult = Static<typeof OpenResult>;

export const SaveRequest = Strict({
  /** A file name only (no folders); the user chooses where it goes. */
  suggestedName: Type.String({
    minLength: 1,
    maxLength: 255,
    pattern: '^[^/\\\\:*?"<>|\\u0000-\\u001f]+$',
  }),
  mediaType: Type.String({ maxLength: 200 }),
  bytes: Bytes,
});
export type SaveRequest = Static<typeof SaveRequest>;

export const SaveResult = Strict({ status: Type.Enum(['saved', 'canceled']) });
export type SaveResult = Static<typeof SaveResult>;

export const ConnectionState = Strict({
  /** `local`: no platform configured or not signed in; work stays on this machine. */
  state: Type.Enum(['local', 'connecting', 'online', 'offline', 'error']),
  detail: Type.Optional(Type.String({ maxLength: 500 })),
});
export type ConnectionState = Static<typeof ConnectionState>;

/**
 * What the signed-in state looks like from the renderer: who, and whether the session survives a
 * restart. Deliberately token-free (contract.tokens.test.ts checks every schema for that).
 */
export const AuthStatus = Strict({
  state: Type.Enum(['signedOut', 'signingIn', 'signedIn', 'expired']),
  user: Type.Optional(
    Strict({
      id: Type.String({ maxLength: 200 }),
      name: Type.Optional(Type.String({ maxLength: 500 })),
      email: Type.Optional(Type.String({ maxLength: 500 })),
    }),
  ),
  /** `memory`: no OS keyring (or the web host), so signing in is needed after each restart. */
  persistence: Type.Enum(['keyring', 'memory']),
  persistenceReason: Type.Optional(Type.Enum(['noKeyring', 'unavailable', 'webHost'])),
  /** The platform signed in to (the embedded one's loopback address when none is configured). */
  platformUrl: Type.Optional(Type.String({ maxLength: 2048 })),
});
export type AuthStatus = Static<typeof AuthStatus>;

export const PlatformCall = Strict({
  /** An operation id from shared/platform/operations.ts; nothing else passes the bridge. */
  op: Type.Enum(OPERATION_IDS),
  params: Type.Record(Type.String(), Type.Unknown()),
  body: Type.Optional(Type.Unknown()),
});
export type PlatformCall = Static<typeof PlatformCall>;

export const PlatformCallResult = Type.Union([
  Strict({ ok: Type.Literal(true), data: Type.Unknown() }),
  Strict({
    ok: Type.Literal(false),
    failure: Type.Enum([...PLATFORM_FAILURES]),
    status: Type.Optional(Type.Integer()),
    code: Type.Optional(Type.String({ maxLength: 100 })),
    message: Type.Optional(Type.String({ maxLength: 500 })),
    expectedMutationId: Type.Optional(Type.Integer()),
  }),
]);
export type PlatformCallResult = Static<typeof PlatformCallResult>;

export const Poke = Strict({ projectId: Type.String({ maxLength: 64 }) });

interface ChannelSpec {
  readonly request: TSchema;
  readonly response: TSchema;
}

export const contract = {
  'app:info': { request: Empty, response: AppInfo },
  'documents:pickAndImport': { request: Empty, response: PickResult },
  'settings:get': { request: Empty, response: Settings },
  'settings:set': { request: SettingsPatch, response: Settings },
  'connection:get': { request: Empty, response: ConnectionState },
  'files:open': { request: Empty, response: OpenResult },
  'files:save': { request: SaveRequest, response: SaveResult },
  'auth:status': { request: Empty, response: AuthStatus },
  'auth:signIn': { request: Empty, response: AuthStatus },
  'auth:signOut': { request: Empty, response: AuthStatus },
  'platform:call': { request: PlatformCall, response: PlatformCallResult },
} as const satisfies Record<string, ChannelSpec>;

/** Events pushed from main to the renderer. */
export const events = {
  'settings:changed': Settings,
  'connection:changed': ConnectionState,
  'auth:changed': AuthStatus,
  /** Something changed in a project on the platform: pull it. */
  'platform:poke': Poke,
  /** The platform has news for this account (a new matching project). */
  'platform:notification': PlatformNotificationSchema,
} as const satisfies Record<string, TSchema>;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type RequestOf<C extends Channel> = Static<Contract[C]['request']>;
export type ResponseOf<C extends Channel> = Static<Contract[C]['response']>;

export type EventName = keyof typeof events;
export type EventPayload<E extends EventName> = Static<(typeof events)[E]>;

/** What a handler knows about the caller, after the sender check. */
export interface CallContext {
  /** Stable id of the window (Electron) or WebSocket connection (web host) that called. */
  readonly callerId: string;
}

/** The object main (and the web host) implements: a missing channel is a compile error. */
export type Handlers = {
  readonly [C in Channel]: (request: RequestOf<C>, context: CallContext) => Promise<ResponseOf<C>>;
};

/** The shape the renderer sees: one typed `invoke` and one typed `on`. */
export interface Bridge {
  invoke<C extends Channel>(channel: C, request: RequestOf<C>): Promise<ResponseOf<C>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
}
