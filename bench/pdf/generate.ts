import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { joinPageTexts, buildPageText, type TextRun } from '../../shared/anchor/pageText';
import { mergeLineRects } from '../../shared/anchor/pdfGeometry';
import { quoteAt } from '../../shared/anchor/quote';
import { runRect } from '../../shared/anchor/textGeometry';
import { runSlices } from '../../shared/anchor/textRuns';
import type { AnnotationTarget } from '../../shared/model/annotation';
import { loadPdfjs } from '../../testing/pdfjsNode';

export const PAGES = 2000;
export const ANNOTATIONS = 5000;
const LINES_PER_PAGE = 52;

/** Plausible contract prose, varied per line so pages differ and find has work to do. */
const WORDS = (
  'the supplier shall deliver products within thirty days of each purchase order and the buyer ' +
  'shall pay every undisputed invoice within sixty days subject to the warranty indemnity and ' +
  'limitation of liability provisions of this agreement including confidentiality obligations ' +
  'termination for convenience force majeure governing law and dispute resolution by arbitration'
).split(' ');

function line(page: number, n: number): string {
  const words: string[] = [`${page + 1}.${n + 1}`];
  let seed = page * 7919 + n * 104729;
  while (words.join(' ').length < 92) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    words.push(WORDS[seed % WORDS.length] ?? 'clause');
  }
  return words.join(' ');
}

async function buildPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.TimesRoman);
  for (let p = 0; p < PAGES; p++) {
    const page = doc.addPage([612, 792]);
    page.drawText(`Master Supply Agreement — page ${p + 1} of ${PAGES}`, {
      x: 72,
      y: 740,
      size: 12,
      font,
    });
    for (let n = 0; n < LINES_PER_PAGE; n++)
      page.drawText(line(p, n), { x: 72, y: 716 - n * 12.5, size: 10, font });
  }
  return doc.save();
}

export interface BenchText {
  readonly text: string;
  readonly pageStarts: readonly number[];
  readonly annotations: readonly { target: AnnotationTarget; label: string }[];
}

interface Item {
  str: string;
  hasEOL: boolean;
  transform: number[];
  width: number;
  height: number;
}

/**
 * The canonical text exactly as the app's import builds it (pdf.js text content, pageText.ts),
 * and 5,000 span annotations spread over the document, anchored three ways as the pane would
 * anchor them (rects from the text geometry).
 */
async function extract(bytes: Uint8Array): Promise<BenchText> {
  const pdfjs = await loadPdfjs();
  const task = pdfjs.getDocument({ data: bytes.slice(), verbosity: 0 });
  const pdf = await task.promise;
  const pages: string[] = [];
  const perPage: { runs: TextRun[]; runStarts: readonly number[]; items: Item[] }[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    const items = content.items.filter((i): i is Item & typeof i => 'str' in i) as Item[];
    const runs = items.map((i) => ({ str: i.str, hasEOL: i.hasEOL }));
    const { text, runStarts } = buildPageText(runs);
    pages.push(text);
    perPage.push({ runs, runStarts, items });
  }
  await task.destroy();
  const { text, pageStarts } = joinPageTexts(pages);
  const labels = ['party', 'date', 'obligation', 'amount', 'condition'];
  const annotations: { target: AnnotationTarget; label: string }[] = [];
  for (let k = 0; k < ANNOTATIONS; k++) {
    const pageIndex = Math.floor((k * PAGES) / ANNOTATIONS);
    const page = perPage[pageIndex]!;
    const pageText = pages[pageIndex]!;
    const localStart = ((k * 131) % Math.max(1, pageText.length - 200)) + 20;
    const localEnd = localStart + 30 + (k % 90);
    const rects = mergeLineRects(
      runSlices(page, localStart, localEnd).map((s) =>
        runRect(page.items[s.runIndex]!, s.from, s.to, page.runs[s.runIndex]!.str.length),
      ),
    );
    const start = (pageStarts[pageIndex] ?? 0) + localStart;
    const end = (pageStarts[pageIndex] ?? 0) + localEnd;
    annotations.push({
      label: labels[k % labels.length]!,
      target: {
        kind: 'span',
        position: { start, end },
        quote: quoteAt(text, start, end),
        pages: [{ pageIndex, rects }],
      },
    });
  }
  return { text, pageStarts, annotations };
}

/** Builds (or reuses) the benchmark document and its canonical text in `dir`. */
export async function benchDocument(dir: string): Promise<{ pdf: string; text: string }> {
  mkdirSync(dir, { recursive: true });
  const pdf = join(dir, `contract-${PAGES}.pdf`);
  const text = join(dir, `contract-${PAGES}.json`);
  if (!existsSync(pdf)) {
    console.log(`generating a ${PAGES}-page PDF with pdf-lib…`);
    writeFileSync(pdf, await buildPdf());
  }
  if (!existsSync(text)) {
    console.log('extracting its canonical text with pdf.js and placing 5,000 annotations…');
    writeFileSync(text, JSON.stringify(await extract(new Uint8Array(readFileSync(pdf)))));
  }
  return { pdf, text };
}
