import { ImportProblem } from './importProblem';

const SAMPLE_FOR_BINARY = 8192;

function hasBom(bytes: Uint8Array, ...bom: number[]): boolean {
  return bom.every((b, i) => bytes[i] === b);
}

/**
 * The canonical text of a text file. UTF-8 is decoded strictly (`fatal: true`): an invalid byte
 * refuses the file instead of silently becoming U+FFFD, which would shift every offset an annotator
 * relies on. UTF-16 is accepted only with a byte-order mark. The BOM itself is not part of the
 * text; line endings are kept exactly as in the file.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new ImportProblem('empty');
  let encoding = 'utf-8';
  if (hasBom(bytes, 0xff, 0xfe)) encoding = 'utf-16le';
  else if (hasBom(bytes, 0xfe, 0xff)) encoding = 'utf-16be';
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new ImportProblem('invalidEncoding', `not valid ${encoding.toUpperCase()}`);
  }
  // NUL is never part of prose; a NUL near the start means a binary file with a text-ish name.
  if (text.slice(0, SAMPLE_FOR_BINARY).includes('\u0000')) throw new ImportProblem('binary');
  if (text.length === 0) throw new ImportProblem('empty');
  return text;
}
