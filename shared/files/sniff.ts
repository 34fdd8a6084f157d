import { PDF_MEDIA_TYPE, TEXT_MEDIA_TYPE } from './limits';
import type { DocumentKind } from '../model/document';

export interface SniffResult {
  readonly kind: DocumentKind;
  readonly mediaType: string;
}

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"
// The PDF spec lets the header start within the first 1024 bytes (junk before it is common).
const PDF_HEADER_WINDOW = 1024;

export function findPdfHeader(bytes: Uint8Array): number {
  const limit = Math.min(bytes.length - PDF_MAGIC.length, PDF_HEADER_WINDOW);
  outer: for (let i = 0; i <= limit; i++) {
    for (let j = 0; j < PDF_MAGIC.length; j++) {
      if (bytes[i + j] !== PDF_MAGIC[j]) continue outer;
    }
    return i;
  }
  return -1;
}

/**
 * Decide what a file is from its bytes, not its name: a PDF header wins, otherwise it is treated
 * as text and must then decode (see decodeText). The name only breaks ties for `.pdf` files whose
 * header is missing, which are reported as malformed PDFs rather than as text.
 */
export function sniffDocument(bytes: Uint8Array, fileName: string): SniffResult {
  if (findPdfHeader(bytes) >= 0 || /\.pdf$/i.test(fileName)) {
    return { kind: 'pdf', mediaType: PDF_MEDIA_TYPE };
  }
  return { kind: 'text', mediaType: TEXT_MEDIA_TYPE };
}
