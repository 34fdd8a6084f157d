import { mkdtempSync, openSync, closeSync, ftruncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusFile } from '../../testing/corpusFile';
import { MAX_IMPORT_BYTES } from '../../shared/files/limits';
import { pickAndReadDocument, type PickedSource } from './fileImport';

const picker = (source: PickedSource | undefined) => ({ pickFile: () => Promise.resolve(source) });
const dir = mkdtempSync(join(tmpdir(), 'glossator-import-'));

describe('pickAndReadDocument', () => {
  it('reports a cancelled dialog', async () => {
    expect(await pickAndReadDocument(picker(undefined))).toEqual({ status: 'canceled' });
  });

  it('reads a corpus PDF and identifies it by its bytes', async () => {
    const path = corpusFile('legal/cuad/pdf/Sonos_Inc._-_Manufacturing_Agreement.pdf');
    const result = await pickAndReadDocument(picker({ kind: 'path', path }));
    expect(result.status).toBe('picked');
    if (result.status !== 'picked') return;
    expect(result.file).toMatchObject({
      name: 'Sonos_Inc._-_Manufacturing_Agreement.pdf',
      kind: 'pdf',
      mediaType: 'application/pdf',
    });
    expect(result.file.bytes.length).toBe(result.file.size);
  });

  it('reads a clinical note as text', async () => {
    const path = corpusFile('medical/aci_bench/notes/D2N068_note.txt');
    const result = await pickAndReadDocument(picker({ kind: 'path', path }));
    expect(result).toMatchObject({
      status: 'picked',
      file: { kind: 'text', mediaType: 'text/plain' },
    });
  });

  it('refuses an empty file', async () => {
    const path = join(dir, 'empty.txt');
    writeFileSync(path, '');
    expect(await pickAndReadDocument(picker({ kind: 'path', path }))).toEqual({
      status: 'refused',
      name: 'empty.txt',
      problem: 'empty',
    });
  });

  it('refuses a file over the limit without reading it', async () => {
    const path = join(dir, 'huge.pdf');
    const fd = openSync(path, 'w');
    ftruncateSync(fd, MAX_IMPORT_BYTES + 1); // sparse: no disk used
    closeSync(fd);
    expect(await pickAndReadDocument(picker({ kind: 'path', path }))).toEqual({
      status: 'refused',
      name: 'huge.pdf',
      problem: 'tooLarge',
    });
  });

  it('reports a file that cannot be read', async () => {
    const result = await pickAndReadDocument(picker({ kind: 'path', path: join(dir, 'gone.txt') }));
    expect(result).toEqual({ status: 'refused', name: 'gone.txt', problem: 'unreadable' });
  });

  it('keeps only the base name of bytes handed over by a page', async () => {
    const result = await pickAndReadDocument(
      picker({ kind: 'bytes', name: '../../etc/passwd', bytes: new Uint8Array([65]) }),
    );
    expect(result).toMatchObject({ status: 'picked', file: { name: 'passwd' } });
  });
});
