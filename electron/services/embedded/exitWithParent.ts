/**
 * Loaded into the embedded platform's own process (`node --import`, see embeddedPlatform.ts). The
 * app that started the platform holds the other end of this process's stdin. When the app goes
 * away by any path — including SIGKILL or a crash, which run no clean-up of their own — the pipe
 * closes, and the platform shuts down as it does on SIGTERM (closing its database properly)
 * instead of living on as an orphan holding a port and a data directory.
 */
const leave = (): void => {
  process.kill(process.pid, 'SIGTERM');
};

process.stdin.once('end', leave);
process.stdin.once('error', leave);
process.stdin.resume();
