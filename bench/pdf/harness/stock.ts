import * as pdfjsLib from 'pdfjs-dist';
import rendererUrl from 'pdfjs-dist/build/pdf.renderer.min.mjs?url';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import 'pdfjs-dist/web/pdf_viewer.css';
import { domStats, frameUntil, nextFrame, sleep, type Harness } from './probes';

// The stock viewer components read pdf.js from this global.
(globalThis as unknown as { pdfjsLib: typeof pdfjsLib }).pdfjsLib = pdfjsLib;
// Configured as pdf.js's own viewer app configures itself (worker rendering included).
pdfjsLib.GlobalWorkerOptions.workerSrc = workerUrl;
pdfjsLib.GlobalWorkerOptions.rendererSrc = rendererUrl;
const viewerModule = import('pdfjs-dist/web/pdf_viewer.mjs');

const asset = (path: string): string => new URL(`pdfjs/${path}`, document.baseURI).href;
const bytes = fetch('./doc.pdf').then(async (r) => new Uint8Array(await r.arrayBuffer()));

interface PageViewLike {
  renderingState: number;
}
let viewer: { currentPageNumber: number; getPageView(i: number): PageViewLike | undefined };
let finished = 3;
let bus: { on(name: string, listener: (e: { pageNumber: number }) => void): void };

/** pdf.js's own signal that a page's canvas is completely drawn. */
function drawn(pageNumber: number): Promise<void> {
  if (rendered(pageNumber - 1)) return Promise.resolve();
  return new Promise((resolve) =>
    bus.on('pagerendered', (e) => {
      if (e.pageNumber === pageNumber) resolve();
    }),
  );
}

function rendered(pageIndex: number): boolean {
  return viewer.getPageView(pageIndex)?.renderingState === finished;
}

const harness: Harness = {
  async open() {
    const [{ EventBus, PDFLinkService, PDFViewer, RenderingStates }, data] = await Promise.all([
      viewerModule,
      bytes,
    ]);
    finished = RenderingStates.FINISHED;
    await sleep(500);
    const container = document.getElementById('viewerContainer') as HTMLDivElement;
    const t0 = performance.now();
    const eventBus = new EventBus();
    bus = eventBus;
    const linkService = new PDFLinkService({ eventBus });
    const pdfViewer = new PDFViewer({ container, eventBus, linkService });
    linkService.setViewer(pdfViewer);
    viewer = pdfViewer;
    const firstPage = new Promise<void>((resolve) =>
      eventBus.on('pagerendered', (e: { pageNumber: number }) => {
        if (e.pageNumber === 1) resolve();
      }),
    );
    eventBus.on('pagesinit', () => {
      pdfViewer.currentScaleValue = 'page-width';
    });
    const doc = await pdfjsLib.getDocument({
      data: data.slice(),
      cMapUrl: asset('cmaps/'),
      cMapPacked: true,
      standardFontDataUrl: asset('standard_fonts/'),
      wasmUrl: asset('wasm/'),
      iccUrl: asset('iccs/'),
      useSystemFonts: false,
      enableXfa: false,
      maxImageSize: 64 * 1024 * 1024,
      verbosity: 0,
    }).promise;
    pdfViewer.setDocument(doc);
    linkService.setDocument(doc);
    await firstPage;
    return performance.now() - t0;
  },
  async jump(page) {
    viewer.currentPageNumber = 1;
    await frameUntil(() => rendered(0));
    await sleep(200);
    const t0 = performance.now();
    viewer.currentPageNumber = page;
    await drawn(page);
    return performance.now() - t0;
  },
  async scrollTo(page) {
    const el = document.getElementById('viewerContainer')!;
    while (viewer.currentPageNumber < page) {
      el.scrollTop += el.clientHeight;
      await nextFrame();
      await nextFrame();
    }
    await frameUntil(() => rendered(page - 1));
    await sleep(1000);
  },
  stats: domStats,
};
window.harness = harness;
