import { describe, expect, it } from 'vitest';
import {
  firstInvalidUtf8,
  jsonDepth,
  jsonPathAt,
  MAX_JSON_DEPTH,
  parseFormBody,
  parseJsonBody,
  parseQueryString,
} from './jsonBody';

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : Buffer.from(p))));

describe('firstInvalidUtf8', () => {
  it('agrees with a fatal TextDecoder on every short byte sequence around the tricky boundaries', () => {
    const interesting = [
      0x00, 0x41, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xe1,
      0xec, 0xed, 0xee, 0xef, 0xf0, 0xf1, 0xf3, 0xf4, 0xf5, 0xff,
    ];
    const decoder = new TextDecoder('utf-8', { fatal: true });
    let checked = 0;
    for (const a of interesting)
      for (const b of interesting)
        for (const c of interesting) {
          const sample = new Uint8Array([a, b, c, 0x80]);
          for (const length of [1, 2, 3, 4]) {
            const slice = sample.subarray(0, length);
            let valid = true;
            try {
              decoder.decode(slice);
            } catch {
              valid = false;
            }
            expect(firstInvalidUtf8(slice) === undefined, [...slice].join(',')).toBe(valid);
            checked++;
          }
        }
    expect(checked).toBe(interesting.length ** 3 * 4);
  });

  it('points at the first bad byte', () => {
    expect(firstInvalidUtf8(bytes('ab', [0xe2, 0x82, 0xac], 'c', [0xff]))).toBe(6);
    expect(firstInvalidUtf8(bytes('😀 ok'))).toBeUndefined();
  });
});

describe('jsonPathAt', () => {
  it('follows keys and indices to where the prefix stops', () => {
    expect(jsonPathAt('{"a":{"b":[1,2,"x')).toBe('/a/b/2');
    expect(jsonPathAt('{"a":1,"b":"')).toBe('/b');
    expect(jsonPathAt('{"a":1,"b')).toBe('/(key)');
    expect(jsonPathAt('[{"k":"v"},{"k":"v"},{"k":"')).toBe('/2/k');
    // Brackets, quotes and escapes inside strings are text.
    expect(jsonPathAt('{"a]\\"{":"x","q":"')).toBe('/q');
    expect(jsonPathAt('{"\\u0061":"')).toBe('/a');
  });
});

describe('jsonDepth', () => {
  it('counts nesting, not brackets in strings', () => {
    expect(jsonDepth('{"a":[{"b":"[[[[{{{"}]}')).toBe(3);
    expect(jsonDepth('"\\"[["')).toBe(0);
    expect(jsonDepth('['.repeat(100_000), 10)).toBe(11);
  });
});

describe('parseJsonBody', () => {
  it('parses ordinary JSON, astral characters and U+FFFD as sent', () => {
    expect(parseJsonBody(bytes('{"a":["😀","\ufffd"]}'))).toEqual({
      ok: true,
      value: { a: ['😀', '\ufffd'] },
    });
  });

  it('refuses bad UTF-8 naming the field, deep nesting, bad JSON and prototype keys', () => {
    expect(parseJsonBody(bytes('{"name":"a', [0xc3], '"}'))).toEqual({
      ok: false,
      message: 'body/name is not valid UTF-8 (byte 10)',
    });
    const deep = parseJsonBody(
      bytes('['.repeat(MAX_JSON_DEPTH + 1), ']'.repeat(MAX_JSON_DEPTH + 1)),
    );
    expect(deep).toMatchObject({ ok: false, message: expect.stringContaining('nested') as string });
    expect(parseJsonBody(bytes('['.repeat(MAX_JSON_DEPTH), ']'.repeat(MAX_JSON_DEPTH))).ok).toBe(
      true,
    );
    expect(parseJsonBody(bytes('{"a":'))).toMatchObject({ ok: false });
    expect(parseJsonBody(bytes(''))).toMatchObject({ ok: false });
    for (const poisoned of [
      '{"__proto__":{"admin":true}}',
      '{"a":[{"\\u005f_proto__":1}]}',
      '{"constructor":{"prototype":{"x":1}}}',
    ])
      expect(parseJsonBody(bytes(poisoned)), poisoned).toMatchObject({
        ok: false,
        message: expect.stringContaining('forbidden key') as string,
      });
    expect(parseJsonBody(bytes('{"constructor":"fine"}')).ok).toBe(true);
  });
});

describe('parseFormBody and parseQueryString', () => {
  it('decode strictly and name the field that does not', () => {
    expect(parseFormBody(bytes('email=a%40b.c&password=p+w%C3%A9'))).toEqual({
      ok: true,
      value: { email: 'a@b.c', password: 'p wé' },
    });
    expect(parseFormBody(bytes('email=x&password=%ff'))).toMatchObject({
      ok: false,
      message: expect.stringContaining('password') as string,
    });
    expect(parseFormBody(bytes('email=x&password=a', [0xff]))).toMatchObject({
      ok: false,
      message: expect.stringContaining('password field is not valid UTF-8') as string,
    });
    expect(parseQueryString('a=1&b=%E2%82%AC&a=2&c')).toEqual({
      ok: true,
      value: { a: ['1', '2'], b: '€', c: '' },
    });
    for (const bad of ['cursor=%', 'cursor=%zz', 'cursor=%ed%a0%80', 'cursor=%c0%af'])
      expect(parseQueryString(bad), bad).toMatchObject({
        ok: false,
        message: expect.stringContaining('cursor') as string,
      });
  });
});
