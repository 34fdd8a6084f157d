import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { asCurrency, formatMinor } from '../../../../shared/pay/money';
import type { Statement } from '../../../../shared/pay/statement';

export interface StatementNames {
  readonly expertName: string;
  /** Who owes the money on this statement. */
  readonly organisation: string;
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
 * Breaks text into lines that fit `width`, at spaces where it can (a word longer than a line is
 * cut): a reason is printed whole, however long, because the expert must be able to read it.
 */
export function wrap(font: PDFFont, size: number, text: string, width: number): string[] {
  const fits = (s: string) => font.widthOfTextAtSize(s, size) <= width;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    let rest = word;
    while (rest !== '') {
      const candidate = line === '' ? rest : `${line} ${rest}`;
      if (fits(candidate)) {
        line = candidate;
        rest = '';
      } else if (line !== '') {
        lines.push(line);
        line = '';
      } else {
        let n = rest.length;
        while (n > 1 && !fits(rest.slice(0, n))) n--;
        lines.push(rest.slice(0, n));
        rest = rest.slice(n);
      }
    }
  }
  if (line !== '' || lines.length === 0) lines.push(line);
  return lines;
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
  line(
    `Owed by: ${names.organisation}${statement.organisationId ? ` (${statement.organisationId})` : ''}`,
  );
  line(`Period: ${statement.from} to ${statement.to}   Currency: ${statement.currency}`);
  line(
    `Opening: pending ${money(statement.opening.pendingMinor)}, available ${money(statement.opening.availableMinor)}`,
  );
  line(
    `Closing: pending ${money(statement.closing.pendingMinor)}, available ${money(statement.closing.availableMinor)}`,
  );
  line(
    `Earned ${money(statement.totals.earnedMinor)} · bonuses ${money(statement.totals.bonusesMinor)} · ` +
      `adjustments ${money(statement.totals.adjustmentsMinor)} · paid out ${money(statement.totals.paidOutMinor)}` +
      (statement.totals.carriedOverMinor !== 0
        ? ` · carried over ${money(statement.totals.carriedOverMinor)}`
        : ''),
  );
  y -= 6;
  // The last column (review, reason, detail) wraps onto as many lines as it needs.
  const row = (cells: readonly string[], f: PDFFont): void => {
    const last = COLUMNS.length - 1;
    const wrapped = wrap(f, 8, safe(cells[last] ?? ''), (COLUMNS[last]?.width ?? 0) - 4);
    const height = 12 + (wrapped.length - 1) * 10;
    if (y - height < MARGIN) {
      page = pdf.addPage([A4.width, A4.height]);
      y = A4.height - MARGIN;
    }
    let x = MARGIN;
    COLUMNS.forEach((column, i) => {
      if (i === last) {
        wrapped.forEach((text, n) => page.drawText(text, { x, y: y - n * 10, size: 8, font: f }));
        return;
      }
      const text = fit(f, 8, safe(cells[i] ?? ''), column.width - 4);
      const dx =
        'right' in column && column.right ? column.width - 4 - f.widthOfTextAtSize(text, 8) : 0;
      page.drawText(text, { x: x + dx, y, size: 8, font: f });
      x += column.width;
    });
    y -= height;
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
        [l.reviewId ? `review ${l.reviewId}` : '', l.reason ? `reason: ${l.reason}` : '', l.detail]
          .filter(Boolean)
          .join(' · '),
      ],
      font,
    );
  return pdf.save();
}
