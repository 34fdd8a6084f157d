import { describe, expect, it, vi } from 'vitest';
import type { Handlers } from '../../shared/ipc/contract';
import { dispatch } from './dispatch';

const logger = { error: vi.fn() };
const settings = { theme: 'dark', locale: 'en', platformUrl: '' } as const;

describe('dispatch', () => {
  it('validates, calls and returns', async () => {
    const handlers = {
      'settings:set': vi.fn(() => Promise.resolve(settings)),
    } as unknown as Handlers;
    const result = await dispatch(
      handlers,
      'settings:set',
      { theme: 'dark' },
      { callerId: 't' },
      logger,
    );
    expect(result).toEqual({ ok: true, value: settings });
    expect(handlers['settings:set']).toHaveBeenCalledWith({ theme: 'dark' }, { callerId: 't' });
  });

  it('never passes an invalid request to a handler', async () => {
    const handlers = { 'settings:set': vi.fn() } as unknown as Handlers;
    for (const request of [{ theme: 1 }, { theme: 'dark', extra: 1 }, 'dark', null, [settings]]) {
      const result = await dispatch(handlers, 'settings:set', request, { callerId: 't' }, logger);
      expect(result.ok).toBe(false);
    }
    expect(handlers['settings:set']).not.toHaveBeenCalled();
  });
});
