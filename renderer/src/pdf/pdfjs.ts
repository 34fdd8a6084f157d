/**
 * pdf.js, loaded from the app's own files only: the workers are bundled assets and the CMaps,
 * standard fonts and wasm decoders are copied into the build under pdfjs/ (see
 * electron.vite.config.ts). pdf.js 6 no longer has an eval code path (the `isEvalSupported` option of
 * CVE-2024-4367 is gone); the CSP forbids eval anyway, and pdfjsNoEval.test.ts checks the bundle.
 * Pages are drawn in pdf.js's renderer worker (OffscreenCanvas), so a pathological page costs that
 * worker time and memory, never the UI thread; pdf.js falls back to the main thread by itself where
 * OffscreenCanvas is missing.
 */
import { getDocument, GlobalWorkerOptions, type PDFDocumentLoadingTask } from 'pdfjs-dist';
import rendererUrl from 'pdfjs-dist/build/pdf.renderer.min.mjs?url';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { textOptions } from '../../../shared/pdf/pageTexts';

GlobalWorkerOptions.workerSrc = workerUrl;
GlobalWorkerOptions.rendererSrc = rendererUrl;

function assetUrl(path: string): string {
  return new URL(`pdfjs/${path}`, document.baseURI).href;
}

export function openPdf(bytes: Uint8Array, password?: string): PDFDocumentLoadingTask {
  return getDocument({
    // pdf.js transfers the buffer to its worker; give it a copy so the caller keeps the original.
    data: bytes.slice(),
    password,
    ...textOptions({
      cMapUrl: assetUrl('cmaps/'),
      standardFontDataUrl: assetUrl('standard_fonts/'),
      wasmUrl: assetUrl('wasm/'),
    }),
    iccUrl: assetUrl('iccs/'),
  });
}
