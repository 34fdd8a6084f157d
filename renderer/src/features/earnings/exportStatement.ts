import { asCurrency } from '../../../../shared/pay/money';
import type { Statement } from '../../../../shared/pay/statement';
import { statementToCsv } from '../../../../shared/pay/statementCsv';
import type { Earnings } from '../../../../shared/pay/wire';
import { api } from '../../api';
import { slug } from './organisations';
import { statementToPdf } from './statementPdf';

type WireStatement = Earnings['statements'][number];

export function asStatement(s: WireStatement): Statement {
  return { ...s, currency: asCurrency(s.currency) };
}

/**
 * Saves one organisation's statement as CSV or PDF through the app's save channel (the user picks
 * where); the file is named after the organisation, so two organisations' never collide.
 */
export async function exportStatement(
  earnings: Earnings,
  statement: WireStatement,
  format: 'csv' | 'pdf',
  expertName: string,
  organisation: string,
): Promise<'saved' | 'canceled'> {
  const s = asStatement(statement);
  const day = s.to.slice(0, 10);
  const bytes =
    format === 'csv'
      ? new TextEncoder().encode(statementToCsv(s))
      : await statementToPdf(s, {
          expertName,
          organisation,
          project: (id) => earnings.projects.find((p) => p.id === id)?.name ?? id ?? '',
          task: (id) => earnings.tasks.find((t) => t.id === id)?.title ?? id ?? '',
        });
  const answer = await api.invoke('files:save', {
    suggestedName: `glossator-statement-${slug(organisation)}-${s.currency}-${day}.${format}`,
    mediaType: format === 'csv' ? 'text/csv' : 'application/pdf',
    bytes,
  });
  return answer.status;
}
