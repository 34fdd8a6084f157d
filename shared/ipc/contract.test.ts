import { describe, expect, it } from 'vitest';
import { CHANNELS, EVENTS } from './channels';
import { contract, events } from './contract';
import { InvalidMessage, validateEvent, validateRequest, validateResponse } from './validate';

describe('IPC contract', () => {
  it('lists the same channels and events for the preload as the contract defines', () => {
    expect([...CHANNELS].sort()).toEqual(Object.keys(contract).sort());
    expect([...EVENTS].sort()).toEqual(Object.keys(events).sort());
  });

  it('names every channel domain:verb', () => {
    for (const channel of CHANNELS) expect(channel).toMatch(/^[a-z]+:[a-zA-Z]+$/);
  });

  it('refuses unknown channels, including prototype keys', () => {
    expect(() => validateRequest('documents:delete', {})).toThrow(InvalidMessage);
    expect(() => validateRequest('__proto__', {})).toThrow(/unknown channel/);
    expect(() => validateRequest('toString', {})).toThrow(/unknown channel/);
    expect(() => validateRequest(42, {})).toThrow(/unknown channel/);
  });

  it('refuses extra fields and wrong types', () => {
    expect(validateRequest('app:info', {})).toBe('app:info');
    expect(() => validateRequest('app:info', { extra: 1 })).toThrow(/invalid request for app:info/);
    expect(() => validateRequest('app:info', null)).toThrow(InvalidMessage);
    expect(() => validateRequest('settings:set', { theme: 'purple' })).toThrow(/theme/);
    expect(() => validateRequest('settings:set', { locale: 'en', admin: true })).toThrow(
      InvalidMessage,
    );
  });

  it('accepts partial settings patches and checks the platform address', () => {
    expect(validateRequest('settings:set', { theme: 'dark' })).toBe('settings:set');
    expect(validateRequest('settings:set', { platformUrl: 'https://platform.example.org' })).toBe(
      'settings:set',
    );
    expect(validateRequest('settings:set', { platformUrl: 'http://127.0.0.1:4000' })).toBe(
      'settings:set',
    );
    expect(() =>
      validateRequest('settings:set', { platformUrl: 'http://evil.example.org' }),
    ).toThrow(/https/);
    expect(() => validateRequest('settings:set', { platformUrl: 'javascript:alert(1)' })).toThrow(
      InvalidMessage,
    );
    expect(() => validateRequest('settings:set', { platformUrl: 'x'.repeat(5000) })).toThrow(
      InvalidMessage,
    );
  });

  it('checks responses so a handler bug cannot send more than the schema allows', () => {
    const file = {
      name: 'a.pdf',
      size: 3,
      kind: 'pdf',
      mediaType: 'application/pdf',
      bytes: new Uint8Array(3),
    };
    expect(() =>
      validateResponse('documents:pickAndImport', { status: 'picked', file }),
    ).not.toThrow();
    expect(() =>
      validateResponse('documents:pickAndImport', {
        status: 'picked',
        file: { ...file, bytes: [1, 2, 3] },
      }),
    ).toThrow(/invalid response/);
    expect(() =>
      validateResponse('documents:pickAndImport', {
        status: 'picked',
        file: { ...file, path: '/etc/passwd' },
      }),
    ).toThrow();
    expect(() =>
      validateResponse('documents:pickAndImport', {
        status: 'refused',
        name: 'x',
        problem: 'nope',
      }),
    ).toThrow();
  });

  it('checks event payloads', () => {
    expect(() => validateEvent('connection:changed', { state: 'online' })).not.toThrow();
    expect(() =>
      validateEvent('connection:changed', { state: 'online', token: 'secret' }),
    ).toThrow();
  });
});
