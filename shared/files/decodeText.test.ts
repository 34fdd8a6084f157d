import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { corpusFile } from '../../testing/corpusFile';
import { decodeText } from './decodeText';
import { ImportProblem } from './importProblem';

const bytes = (...values: number[]): Uint8Array => new Uint8Array(values);
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

function problemOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    if (error instanceof ImportProblem) return error.code;
    throw error;
  }
  return undefined;
}

describe('decodeText', () => {
  it('keeps line endings and non-ASCII text exactly', () => {
    const text = 'Patient: José\r\nDx: 👩‍⚕️ e\u0301 שלום\n';
    expect(decodeText(utf8(text))).toBe(text);
  });

  it('drops a UTF-8 byte-order mark but nothing else', () => {
    expect(decodeText(bytes(0xef, 0xbb, 0xbf, 0x41, 0x42))).toBe('AB');
  });

  it('decodes UTF-16 only when a byte-order mark says so', () => {
    expect(decodeText(bytes(0xff, 0xfe, 0x41, 0x00, 0x42, 0x00))).toBe('AB');
    expect(decodeText(bytes(0xfe, 0xff, 0x00, 0x41, 0x00, 0x42))).toBe('AB');
  });

  it('refuses invalid UTF-8 instead of inventing replacement characters', () => {
    expect(problemOf(() => decodeText(bytes(0x41, 0xff, 0x42)))).toBe('invalidEncoding');
    expect(problemOf(() => decodeText(bytes(0xc3, 0x28)))).toBe('invalidEncoding'); // bad continuation
    expect(problemOf(() => decodeText(bytes(0xed, 0xa0, 0x80)))).toBe('invalidEncoding'); // encoded surrogate
    // Latin-1 text, as many old files are: "café" with é = 0xE9.
    expect(problemOf(() => decodeText(bytes(0x63, 0x61, 0x66, 0xe9)))).toBe('invalidEncoding');
  });

  it('refuses empty files and binary files', () => {
    expect(problemOf(() => decodeText(new Uint8Array()))).toBe('empty');
    expect(problemOf(() => decodeText(bytes(0xef, 0xbb, 0xbf)))).toBe('empty');
    expect(problemOf(() => decodeText(bytes(0x50, 0x4b, 0x03, 0x04, 0x00, 0x00)))).toBe('binary');
  });

  it('decodes the corpus clinical note and contract text', () => {
    const note = readFileSync(corpusFile('medical/aci_bench/notes/D2N068_note.txt'));
    expect(decodeText(new Uint8Array(note)).length).toBeGreaterThan(1000);
  });
});
