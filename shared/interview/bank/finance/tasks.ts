import type { Question } from '../../types';
import { concept, probe, question, saysWrong } from '../build';

const q = (spec: Parameters<typeof question>[1]) => question('finance', spec);

export const FINANCE_TASKS: readonly Question[] = [
  q({
    id: 'fin.task.ebitda-margin',
    kind: 'practical',
    competency: 'financial-analysis',
    subSpecialties: ['equity-research', 'accounting-audit'],
    text: 'An AI was given: revenue $120m, cost of goods sold $70m, operating expenses excluding D&A $26m, depreciation and amortisation $8m, interest $5m, tax $3m. It answered:\n\n> EBITDA is $8m, so the EBITDA margin is 6.7%.\n\nIs that correct? Give the right figures and explain the error.',
    concepts: [
      saysWrong('confused|conflates|confuses'),
      concept('ebitda-value', 'EBITDA of $24m', '24|24m|24 million', { key: true }),
      concept('margin', 'margin of 20%', '20%|20 percent|20 per cent|twenty percent', {
        key: true,
      }),
      concept(
        'net-income',
        'the AI used net income',
        'net income|net profit|bottom line|after interest|after tax',
      ),
      concept(
        'add-back',
        'EBIT and D&A',
        'add back|added back|depreciation and amortisation|depreciation and amortization|D&A|EBIT|16',
      ),
    ],
    probes: [probe('margin', 'What is the correct EBITDA margin, and how did you get it?')],
  }),
  q({
    id: 'fin.task.bond-price',
    kind: 'practical',
    competency: 'valuation',
    subSpecialties: ['credit', 'asset-management'],
    text: 'An AI assistant said:\n\n> When market interest rates rise, the price of an existing fixed-rate bond rises too, because it now pays more interest.\n\nIs that right? Explain.',
    concepts: [
      saysWrong('backwards'),
      concept(
        'inverse',
        'prices fall when rates rise',
        'inverse|inversely|falls|fall|decline|declines|drops|goes down|lower price',
        { key: true },
      ),
      concept(
        'fixed-coupon',
        'the coupon is fixed',
        'fixed coupon|coupon is fixed|fixed rate|coupon|fixed payments|fixed cash flows',
        { key: true },
      ),
      concept(
        'discounting',
        'discounting at a higher yield',
        'discount|discounted|present value|yield|yield to maturity|higher yield',
      ),
      concept(
        'duration',
        'duration and convexity',
        'duration|maturity|longer maturity|convexity|sensitivity',
      ),
      concept('floating', 'floating-rate exception', 'floating rate|floating-rate|floater|FRN'),
    ],
    probes: [probe('discounting', 'Explain the mechanism: why does the price move that way?')],
  }),
  q({
    id: 'fin.task.going-concern',
    kind: 'practical',
    competency: 'risk-regulation',
    subSpecialties: ['regulatory-reporting', 'equity-research', 'credit'],
    text: 'An AI summarised a 10-K:\n\n> The company has no going-concern risk because its auditor issued an unqualified opinion and it reported positive EBITDA.\n\nThe filing also shows $400m of debt maturing in 9 months, $60m of cash, and an undrawn revolver that expires in 6 months. Is the AI’s conclusion sound?',
    concepts: [
      saysWrong('unsound|not sound|flawed|does not follow'),
      concept(
        'liquidity',
        'maturity and liquidity gap',
        'refinancing|refinance|maturity|maturity wall|liquidity|cash shortfall|shortfall|400',
        { key: true },
      ),
      concept(
        'going-concern',
        'the going-concern test',
        'going concern|substantial doubt|within one year|twelve months|12 months|205-40|one year',
        { key: true },
      ),
      concept(
        'ebitda-not-cash',
        'EBITDA is not cash',
        'cash flow|free cash flow|debt service|interest|not cash',
      ),
      concept(
        'opinion',
        'limits of the audit opinion',
        'unqualified opinion|clean opinion|audit opinion|emphasis of matter|opinion date|subsequent',
      ),
      concept(
        'revolver',
        'the expiring revolver',
        'revolver|revolving|credit facility|expires|covenant',
      ),
    ],
    probes: [
      probe(
        'going-concern',
        'What test does management apply to decide whether there is substantial doubt about going concern?',
      ),
    ],
  }),
];
