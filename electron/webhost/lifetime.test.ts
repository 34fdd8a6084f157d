import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { processLifetime, type LifetimeProcess } from './lifetime';

/** A process whose signals and errors the test raises, and whose exit it records. */
function fakeProcess() {
  const emitter = new EventEmitter();
  const exits: number[] = [];
  const proc: LifetimeProcess = {
    on: (event: string, listener: (error: unknown) => void) => emitter.on(event, listener),
    exit: (code) => void exits.push(code),
  };
  return { proc, emitter, exits };
}

const flush = () => new Promise((done) => setTimeout(done, 20));

describe('the web host’s lifetime: every way out stops the children first', () => {
  it.each([
    ['SIGINT', 0],
    ['SIGTERM', 0],
    ['uncaughtException', 1],
    ['unhandledRejection', 1],
  ] as const)(
    'item 11: on %s it runs the clean-ups, newest first, then exits %i',
    async (event, code) => {
      const { proc, emitter, exits } = fakeProcess();
      const logged: unknown[] = [];
      const lifetime = processLifetime(proc, { log: (reason) => logged.push(reason) });
      const order: string[] = [];
      lifetime.defer(() => void order.push('platform'));
      lifetime.defer(async () => {
        await flush();
        order.push('web server');
      });
      emitter.emit(event, new Error('boom'));
      expect(lifetime.signal.aborted).toBe(true);
      await expect.poll(() => exits).toEqual([code]);
      expect(order).toEqual(['web server', 'platform']);
      expect(logged).toHaveLength(code === 0 ? 0 : 1);
    },
  );

  it('item 11: a second signal while stopping neither exits early nor twice', async () => {
    const { proc, emitter, exits } = fakeProcess();
    const lifetime = processLifetime(proc);
    let release!: () => void;
    lifetime.defer(() => new Promise<void>((resolve) => (release = resolve)));
    emitter.emit('SIGINT');
    emitter.emit('SIGINT');
    emitter.emit('SIGTERM');
    await flush();
    expect(exits).toEqual([]);
    release();
    await expect.poll(() => exits).toEqual([0]);
    await flush();
    expect(exits).toEqual([0]);
  });

  it('item 11: a failed start exits 1 after stopping what had started; a clean-up that throws does not stop the rest', async () => {
    const { proc, exits } = fakeProcess();
    const logged: unknown[] = [];
    const lifetime = processLifetime(proc, { log: (reason) => logged.push(reason) });
    const stopped: string[] = [];
    lifetime.defer(() => void stopped.push('platform'));
    lifetime.defer(() => {
      throw new Error('close failed');
    });
    await lifetime.end(1, new Error('EADDRINUSE'));
    expect(exits).toEqual([1]);
    expect(stopped).toEqual(['platform']);
    expect(logged.map(String)).toEqual(['Error: EADDRINUSE', 'Error: close failed']);
  });

  it('item 11: a clean-up that hangs does not keep the process alive past the deadline', async () => {
    const { proc, exits } = fakeProcess();
    const lifetime = processLifetime(proc, { deadlineMs: 50 });
    lifetime.defer(() => new Promise<void>(() => undefined));
    await lifetime.end(0);
    expect(exits).toEqual([0]);
  });

  it('item 11: something deferred after ending began (a platform that finished starting) is stopped too', async () => {
    const { proc, exits } = fakeProcess();
    const lifetime = processLifetime(proc);
    let release!: () => void;
    lifetime.defer(() => new Promise<void>((resolve) => (release = resolve)));
    const ended = lifetime.end(0);
    const stopped: string[] = [];
    lifetime.defer(() => void stopped.push('late platform'));
    await flush();
    expect(stopped).toEqual(['late platform']);
    release();
    await ended;
    expect(exits).toEqual([0]);
  });
});
