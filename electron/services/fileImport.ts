import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import type { OpenResult, PickResult } from '../../shared/ipc/contract';
import { MAX_IMPORT_BYTES } from '../../shared/files/limits';
import { sniffDocument } from '../../shared/files/sniff';

/** The native file dialog, injected so this runs without Electron (and in the web host). */
export interface FilePicker {
  /** Resolves to an absolute path, or undefined when the user cancels. */
  pickFile(): Promise<PickedSource | undefined>;
}

/** A file chosen by the user: a path on disk (Electron) or bytes already in hand (web host). */
export type PickedSource =
  | { readonly kind: 'path'; readonly path: string }
  | { readonly kind: 'bytes'; readonly name: string; readonly bytes: Uint8Array };

export const IMPORT_EXTENSIONS = ['pdf', 'txt', 'text', 'md', 'csv', 'tsv', 'json', 'xml', 'html'];

async function readCapped(path: string): Promise<Uint8Array | 'tooLarge'> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    if (size > MAX_IMPORT_BYTES) return 'tooLarge';
    const bytes = new Uint8Array(size);
    let offset = 0;
    while (offset < size) {
      const { bytesRead } = await handle.read(bytes, offset, size - offset, offset);
      if (bytesRead === 0) break;
      offset += bytesRead;
    }
    return offset === size ? bytes : bytes.subarray(0, offset);
  } finally {
    await handle.close();
  }
}

/**
 * Let the user choose a document and hand its bytes to the renderer, which parses it (pdf.js runs
 * in its worker there). Size and emptiness are checked here, before any bytes cross the bridge.
 */
export async function pickAndReadDocument(picker: FilePicker): Promise<PickResult> {
  const source = await picker.pickFile();
  if (!source) return { status: 'canceled' };
  const name = source.kind === 'path' ? basename(source.path) : basename(source.name);
  let bytes: Uint8Array | 'tooLarge';
  try {
    bytes = source.kind === 'path' ? await readCapped(source.path) : source.bytes;
  } catch {
    return { status: 'refused', name, problem: 'unreadable' };
  }
  if (bytes === 'tooLarge' || bytes.length > MAX_IMPORT_BYTES) {
    return { status: 'refused', name, problem: 'tooLarge' };
  }
  if (bytes.length === 0) return { status: 'refused', name, problem: 'empty' };
  const { kind, mediaType } = sniffDocument(bytes, name);
  return { status: 'picked', file: { name, size: bytes.length, kind, mediaType, bytes } };
}

/** Reads a file the user chose for its contents (e.g. annotations to import), with the same limits. */
export async function openUserFile(picker: FilePicker): Promise<OpenResult> {
  const source = await picker.pickFile();
  if (!source) return { status: 'canceled' };
  const name = source.kind === 'path' ? basename(source.path) : basename(source.name);
  let bytes: Uint8Array | 'tooLarge';
  try {
    bytes = source.kind === 'path' ? await readCapped(source.path) : source.bytes;
  } catch {
    return { status: 'refused', name, problem: 'unreadable' };
  }
  if (bytes === 'tooLarge' || bytes.length > MAX_IMPORT_BYTES)
    return { status: 'refused', name, problem: 'tooLarge' };
  if (bytes.length === 0) return { status: 'refused', name, problem: 'empty' };
  return { status: 'opened', file: { name, bytes } };
}
