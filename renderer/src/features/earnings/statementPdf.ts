import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { asCurrency, formatMinor } from '../../../../shared/pay/money';
import type { Statement } from '../../../../shared/pay/statement';

export interface StatementNames {
  readonly expertName: string;
  readonly project: (id: string | null) => string;
  readonly task: (id: string | null) => string;
}

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = 40;
const COLUMNS = [
  { title: 'Date', width: 62 },
  { title: 'Kind', width: 62 },
  { title: 'Account', width: 50 },
  { title: 'Amount', width: 58, right: true },
  { title: 'Project / task', width: 150 },
  { title: 'Review / reason / detail', width: 133 },
] as const;

/** The standard fonts speak WinAnsi only: anything else becomes “?” rather than failing the export. */
function encoder(font: PDFFont): (text: string) => string {
  const ok = new Map<string, boolean>();
  return (text) =>
    [...text.replace(/[\r\n\t]+/g, ' ')]
      .map((ch) => {
        let fine = ok.get(ch);
        if (fine === undefined) {
          try {
            font.encodeText(ch);
            fine = true;
          } catch {
            fine = false;
          }
          ok.set(ch, fine);
        }
        return fine ? ch : '?';
      })
      .join('');
}

function fit(font: PDFFont, size: number, text: string, width: number): string {
  if (font.widthOfTextAtSize(text, size) <= width) return text;
  let cut = text;
  while (cut.length > 1 && font.widthOfTextAtSize(`${cut}…`, size) > width) cut = cut.slice(0, -1);
  return `${cut}…`;
}

/**
 * The statement as a PDF (A4, Helvetica): header with balances and totals, then one row per
 * movement with what it is traceable to. Amounts come from integer minor units, as in the CSV.
 */
export async function statementToPdf(
  statement: Statement,
  names: StatementNames,
): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(`Earnings statement ${statement.currency}`);
  pdf.setProducer('Glossator');
  pdf.setCreationDate(new Date(statement.to));
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const safe = encoder(font);
  const money = (minor: number) =>
    `${formatMinor(minor, asCurrency(statement.currency))} ${statement.currency}`;
  let page: PDFPage = pdf.addPage([A4.width, A4.height]);
  let y = A4.height - MARGIN;
  const line = (text: string, size = 10, f = font): void => {
    page.drawText(safe(text), { x: MARGIN, y, size, font: f, color: rgb(0, 0, 0) });
    y -= size + 6;
  };
  line('Glossator earnings statement', 16, bold);
  line(`Expert: ${names.expertName} (${statement.expertId})`);
  line(`Period: ${statement.from} to ${statement.to}   Currency: ${statement.currency}`);
  line(
    `Opening: pending ${money(statement.opening.pendingMinor)}, available ${money(statement.opening.availableMinor)}`,
  );
  line(
    `Closing: pending ${money(statement.closing.pendingMinor)}, available ${money(statement.closing.availableMinor)}`,
  );
  line(
    `Earned ${money(statement.totals.earnedMinor)} · bonuses ${money(statement.totals.bonusesMinor)} · ` +
      `adjustments ${money(statement.totals.adjustmentsMinor)} · paid out ${money(statement.totals.paidOutMinor)}`,
  );
  y -= 6;
  const row = (cells: readonly string[], f: PDFFont): void => {
    if (y < MARGIN + 20) {
      page = pdf.addPage([A4.width, A4.height]);
      y = A4.height - MARGIN;
    }
    let x = MARGIN;
    COLUMNS.forEach((column, i) => {
      const text = fit(f, 8, safe(cells[i] ?? ''), column.width - 4);
      const dx =
        'right' in column && column.right ? column.width - 4 - f.widthOfTextAtSize(text, 8) : 0;
      page.drawText(text, { x: x + dx, y, size: 8, font: f });
      x += column.width;
    });
    y -= 12;
  };
  row(
    COLUMNS.map((c) => c.title),
    bold,
  );
  for (const l of statement.lines)
    row(
      [
        l.occurredAt.slice(0, 10),
        l.kind,
        l.account,
        money(l.amountMinor),
        [names.project(l.projectId), names.task(l.taskId)].filter(Boolean).join(' / '),
        [l.reviewId ? `review ${l.reviewId}` : '', l.reason ?? '', l.detail]
          .filter(Boolean)
          .join(' · '),
      ],
      font,
    );
  return pdf.save();
}
