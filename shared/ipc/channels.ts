/**
 * Channel and event names as plain data, for the sandboxed preload, which bundles no schema code.
 * contract.test.ts proves these lists equal the contract's keys.
 */
export const CHANNELS = [
  'app:info',
  'documents:pickAndImport',
  'settings:get',
  'settings:set',
  'connection:get',
  'files:open',
  'files:save',
  'auth:status',
  'auth:signIn',
  'auth:signOut',
  'platform:call',
] as const;

export const EVENTS = [
  'settings:changed',
  'connection:changed',
  'auth:changed',
  'platform:poke',
  'platform:notification',
] as const;

/** The IPC channel that carries every invoke, and the one that carries every event. */
export const INVOKE_CHANNEL = 'glossator:invoke';
export const EVENT_CHANNEL = 'glossator:event';
