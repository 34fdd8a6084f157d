import { describe, expect, it } from 'vitest';
import { findPdfHeader, sniffDocument } from './sniff';

const ascii = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('sniffDocument', () => {
  it('recognises a PDF by its header, wherever the name says otherwise', () => {
    expect(sniffDocument(ascii('%PDF-1.7\n...'), 'contract.txt').kind).toBe('pdf');
  });

  it('finds a header after leading junk within the first 1024 bytes', () => {
    const bytes = ascii(' '.repeat(500) + '%PDF-1.4');
    expect(findPdfHeader(bytes)).toBe(500);
    expect(findPdfHeader(ascii(' '.repeat(1100) + '%PDF-1.4'))).toBe(-1);
  });

  it('treats a .pdf without a header as a (broken) PDF, not as text', () => {
    expect(sniffDocument(ascii('garbage'), 'scan.PDF')).toEqual({
      kind: 'pdf',
      mediaType: 'application/pdf',
    });
  });

  it('treats everything else as text to be decoded strictly later', () => {
    expect(sniffDocument(ascii('Hello'), 'note.txt')).toEqual({
      kind: 'text',
      mediaType: 'text/plain',
    });
    expect(findPdfHeader(new Uint8Array())).toBe(-1);
  });
});
