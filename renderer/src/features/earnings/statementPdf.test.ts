// @vitest-environment node
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { asCurrency } from '../../../../shared/pay/money';
import { buildStatement, type StatementEntry } from '../../../../shared/pay/statement';
import { loadPdfjs } from '../../../../testing/pdfjsNode';
import { statementToPdf } from './statementPdf';

const line = (i: number, over: Partial<StatementEntry> = {}): StatementEntry => ({
  transactionId: `t${i}`,
  occurredAt: `2026-02-${String((i % 27) + 1).padStart(2, '0')}T10:00:00.000Z`,
  kind: 'accrual',
  account: 'pending',
  amountMinor: 4500,
  projectId: 'p1',
  taskId: `task${i}`,
  assignmentId: `a${i}`,
  reviewId: `r${i}`,
  sourceTransactionId: null,
  reason: null,
  detail: 'per task 45.00 USD',
  ...over,
});

/** The PDF's text, page by page, as a reader would extract it. */
async function textOf(bytes: Uint8Array): Promise<string> {
  const pdfjs = await loadPdfjs();
  const doc = await pdfjs.getDocument({ data: bytes.slice(), verbosity: 0 }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  return pages.join('\n');
}

describe('statement PDF', () => {
  it('writes every line, with names, and survives text the standard fonts cannot encode', async () => {
    const statement = buildStatement({
      expertId: 'e1',
      organisationId: 'orgA',
      currency: asCurrency('USD'),
      from: '1970-01-01T00:00:00.000Z',
      to: '2026-03-01T00:00:00.000Z',
      opening: { pendingMinor: 0, availableMinor: 0 },
      entries: Array.from({ length: 90 }, (_, i) => line(i)),
    });
    const bytes = await statementToPdf(statement, {
      expertName: 'Dana Expert 専門家',
      organisation: 'Org A',
      project: () => '10-K facts',
      task: (id) => `Label ${id ?? ''} → 第一`,
    });
    const pdf = await PDFDocument.load(bytes);
    expect(pdf.getPageCount()).toBeGreaterThan(1);
    expect(pdf.getTitle()).toBe('Earnings statement USD');
    expect(new TextDecoder('latin1').decode(bytes.slice(0, 5))).toBe('%PDF-');
    expect(await textOf(bytes)).toContain('Owed by: Org A (orgA)');
  });

  it('prints an adjustment’s reason whole, however long, so the expert can read it', async () => {
    const reason =
      'Task 7 was paid twice by mistake when the project moved to a new rate; this takes back ' +
      'the second payment, as agreed with the expert by email on 3 March';
    const statement = buildStatement({
      expertId: 'e1',
      organisationId: 'orgB',
      currency: asCurrency('EUR'),
      from: '1970-01-01T00:00:00.000Z',
      to: '2026-03-31T00:00:00.000Z',
      opening: { pendingMinor: 0, availableMinor: 5000 },
      entries: [
        line(1, {
          kind: 'adjustment',
          account: 'available',
          amountMinor: -4500,
          reviewId: null,
          taskId: null,
          reason,
          detail: 'adjustment',
        }),
        line(2),
      ],
    });
    const bytes = await statementToPdf(statement, {
      expertName: 'Dana',
      organisation: 'Org B',
      project: () => 'Q',
      task: () => '',
    });
    const text = (await textOf(bytes)).replace(/\s+/g, ' ');
    expect(text).toContain(`reason: ${reason}`);
    expect(text).toContain('per task 45.00 USD');
  });
});
