// The backoff rule is pure and shared with the renderer's sync engine; main keeps this path.
export { backoffDelay, type BackoffOptions } from '../../../shared/sync/backoff';
