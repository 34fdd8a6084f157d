/**
 * How the web host process ends. Every way out — a start-up error, SIGINT, SIGTERM, an uncaught
 * exception or rejection — goes through `end`, which runs what was deferred (the web server,
 * the event stream, the embedded platform) newest first, bounded by a deadline, and only then
 * exits. `signal` is aborted as soon as ending begins, so work still starting (a platform that is
 * not yet listening) stops too.
 */

export interface LifetimeProcess {
  on(event: 'SIGINT' | 'SIGTERM', listener: () => void): unknown;
  on(
    event: 'uncaughtException' | 'unhandledRejection',
    listener: (error: unknown) => void,
  ): unknown;
  exit(code: number): void;
}

export interface Lifetime {
  readonly signal: AbortSignal;
  /** Clean-up to run before exit; run at once if the process is already ending. */
  defer(cleanup: () => Promise<unknown> | void): void;
  /** Ends the process with `code` (the first call decides); `reason` is logged when given. */
  end(code: number, reason?: unknown): Promise<void>;
}

export interface LifetimeOptions {
  readonly log?: (reason: unknown) => void;
  readonly deadlineMs?: number;
}

export function processLifetime(
  proc: LifetimeProcess = process,
  options: LifetimeOptions = {},
): Lifetime {
  const aborted = new AbortController();
  const cleanups: (() => Promise<unknown> | void)[] = [];
  const log = options.log ?? ((reason: unknown) => console.error(reason));
  let ending: Promise<void> | undefined;

  const runCleanups = async (): Promise<void> => {
    while (cleanups.length > 0) {
      const cleanup = cleanups.pop()!;
      try {
        await cleanup();
      } catch (error) {
        log(error);
      }
    }
  };

  const end = (code: number, reason?: unknown): Promise<void> => {
    if (reason !== undefined) log(reason);
    ending ??= (async () => {
      aborted.abort();
      let timer: NodeJS.Timeout | undefined;
      const deadline = new Promise<void>((resolve) => {
        timer = setTimeout(resolve, options.deadlineMs ?? 20_000);
        timer.unref?.();
      });
      await Promise.race([runCleanups(), deadline]);
      clearTimeout(timer);
      proc.exit(code);
    })();
    return ending;
  };

  // `on`, not `once`: a second Ctrl-C while stopping must not kill us before the children go.
  proc.on('SIGINT', () => void end(0));
  proc.on('SIGTERM', () => void end(0));
  proc.on('uncaughtException', (error) => void end(1, error));
  proc.on('unhandledRejection', (error) => void end(1, error));

  return {
    signal: aborted.signal,
    defer(cleanup) {
      cleanups.push(cleanup);
      if (ending) void runCleanups();
    },
    end,
  };
}
