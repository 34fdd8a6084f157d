import { describe, expect, it, vi } from 'vitest';
import { ImportProblem } from '../../../../shared/files/importProblem';
import { LOCAL_PROJECT_ID } from '../../../../shared/model/ids';
import { buildDocument } from './buildDocument';

const textFile = (bytes: Uint8Array, name = 'note.txt') =>
  ({ name, size: bytes.length, kind: 'text', mediaType: 'text/plain', bytes }) as const;
const now = () => new Date('2026-11-28T10:00:00.000Z');

describe('buildDocument', () => {
  it('builds a text document with its canonical text, length in UTF-16 units and hash', async () => {
    const text = 'BP 120/80 😀\r\n';
    const bytes = new TextEncoder().encode(text);
    const extractPdf = vi.fn();
    const built = await buildDocument(textFile(bytes), {
      projectId: LOCAL_PROJECT_ID,
      extractPdf,
      now,
    });
    expect(built.content.text).toBe(text);
    expect(built.record).toMatchObject({
      kind: 'text',
      charCount: text.length,
      size: bytes.length,
      createdAt: now().toISOString(),
    });
    expect(built.record.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(built.content.documentId).toBe(built.record.id);
    expect(extractPdf).not.toHaveBeenCalled();
  });

  it('refuses text that is not valid UTF-8', async () => {
    const promise = buildDocument(textFile(new Uint8Array([0x63, 0x61, 0x66, 0xe9])), {
      projectId: LOCAL_PROJECT_ID,
      extractPdf: vi.fn(),
    });
    await expect(promise).rejects.toBeInstanceOf(ImportProblem);
    await expect(promise).rejects.toMatchObject({ code: 'invalidEncoding' });
  });

  it('builds a PDF document from the extraction and notes a password', async () => {
    const bytes = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d]);
    const built = await buildDocument(
      { name: 'c.pdf', size: 5, kind: 'pdf', mediaType: 'application/pdf', bytes },
      {
        projectId: LOCAL_PROJECT_ID,
        extractPdf: () =>
          Promise.resolve({
            pageCount: 2,
            text: 'a\fb',
            pageStarts: [0, 2],
            warnings: [],
            passwordProtected: true,
          }),
      },
    );
    expect(built.record).toMatchObject({
      kind: 'pdf',
      pageCount: 2,
      charCount: 3,
      warnings: ['passwordProtected'],
    });
    expect(built.content.pageStarts).toEqual([0, 2]);
  });
});
