import { describe, expect, it } from 'vitest';
import { createWireCodec } from './wireCodec';

const codec = createWireCodec({
  encode: (bytes) => Buffer.from(bytes).toString('base64'),
  decode: (text) => new Uint8Array(Buffer.from(text, 'base64')),
});

describe('wire codec', () => {
  it('round-trips bytes nested anywhere in a message', () => {
    const message = {
      t: 'result',
      id: 1,
      result: { ok: true, value: { file: { bytes: new Uint8Array([0, 255, 7]) } } },
    };
    const back = codec.parse(codec.stringify(message)) as typeof message;
    expect(back.result.value.file.bytes).toBeInstanceOf(Uint8Array);
    expect([...back.result.value.file.bytes]).toEqual([0, 255, 7]);
  });

  it('leaves look-alike objects with other keys alone', () => {
    const value = { $bytes: 'AA==', other: 1 };
    expect(codec.parse(codec.stringify(value))).toEqual(value);
  });
});
