import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { asCurrency } from '../../../../shared/pay/money';
import { buildStatement } from '../../../../shared/pay/statement';
import { statementToPdf } from './statementPdf';

describe('statement PDF', () => {
  it('writes every line, with names, and survives text the standard fonts cannot encode', async () => {
    const statement = buildStatement({
      expertId: 'e1',
      organisationId: 'orgA',
      currency: asCurrency('USD'),
      from: '1970-01-01T00:00:00.000Z',
      to: '2026-03-01T00:00:00.000Z',
      opening: { pendingMinor: 0, availableMinor: 0 },
      entries: Array.from({ length: 90 }, (_, i) => ({
        transactionId: `t${i}`,
        occurredAt: `2026-02-${String((i % 27) + 1).padStart(2, '0')}T10:00:00.000Z`,
        kind: 'accrual' as const,
        account: 'pending' as const,
        amountMinor: 4500,
        projectId: 'p1',
        taskId: `task${i}`,
        assignmentId: `a${i}`,
        reviewId: `r${i}`,
        sourceTransactionId: null,
        reason: null,
        detail: 'per task 45.00 USD',
      })),
    });
    const bytes = await statementToPdf(statement, {
      expertName: 'Dana Expert 専門家',
      project: () => '10-K facts',
      task: (id) => `Label ${id ?? ''} → 第一`,
    });
    const pdf = await PDFDocument.load(bytes);
    expect(pdf.getPageCount()).toBeGreaterThan(1);
    expect(pdf.getTitle()).toBe('Earnings statement USD');
    expect(new TextDecoder('latin1').decode(bytes.slice(0, 5))).toBe('%PDF-');
  });
});
