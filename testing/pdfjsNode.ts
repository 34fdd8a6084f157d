// pdf.js's Node build for tests and Node-side tools. pdfjs-dist 6 expects Promise.withResolvers,
// which Node 20 lacks.
import type * as PdfJs from 'pdfjs-dist';

type WithResolvers = <T>() => {
  promise: Promise<T>;
  resolve: (value: T) => void;
  reject: (reason: unknown) => void;
};
const promiseCtor = Promise as unknown as { withResolvers?: WithResolvers };
promiseCtor.withResolvers ??= <T>() => {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
};

export async function loadPdfjs(): Promise<typeof PdfJs> {
  return await import('pdfjs-dist/legacy/build/pdf.mjs');
}
