import type { Question } from '../../types';
import { concept, probe, question } from '../build';

const q = (spec: Parameters<typeof question>[1]) => question('finance', spec);

export const FINANCE_EXPERIENCE: readonly Question[] = [
  q({
    id: 'fin.exp.valuation-model',
    kind: 'experience',
    competency: 'valuation',
    subSpecialties: ['corporate-finance', 'equity-research'],
    text: 'Walk me through a valuation or financial model you built for a real decision: the company, the method, the key assumptions and what the result changed.',
    concepts: [
      concept(
        'method',
        'valuation method',
        'DCF|discounted cash flow|comparables|comps|trading multiples|precedent transactions|LBO|sum of the parts|multiples',
        { key: true },
      ),
      concept(
        'assumptions',
        'key assumptions',
        'WACC|discount rate|terminal value|terminal growth|exit multiple|revenue growth|margin|margins|capex|working capital|assumptions',
        { key: true },
      ),
      concept(
        'sensitivity',
        'sensitivities and scenarios',
        'sensitivity|sensitivities|scenario|scenarios|downside|base case|upside|football field',
      ),
      concept(
        'decision',
        'the decision it informed',
        'recommended|recommendation|bid|offer price|investment committee|board|decision|price target|rating',
      ),
      concept(
        'sources',
        'data sources',
        '10-K|annual report|filings|management|guidance|Bloomberg|Capital IQ|FactSet|data room',
      ),
    ],
    probes: [
      probe('assumptions', 'Which two assumptions drove the value most, and how did you set them?'),
    ],
  }),
  q({
    id: 'fin.exp.credit-decision',
    kind: 'experience',
    competency: 'financial-analysis',
    subSpecialties: ['credit'],
    text: 'Describe a credit decision you analysed or made: the borrower, what you looked at, and what you recommended.',
    concepts: [
      concept(
        'leverage',
        'leverage',
        'leverage|debt to EBITDA|net debt|debt/EBITDA|gearing|debt-to-equity',
        { key: true },
      ),
      concept(
        'coverage',
        'debt service capacity',
        'interest coverage|DSCR|debt service coverage|fixed charge coverage|coverage ratio|cash flow',
        { key: true },
      ),
      concept(
        'covenants',
        'covenants',
        'covenant|covenants|maintenance covenant|incurrence|headroom',
      ),
      concept(
        'structure',
        'collateral and seniority',
        'collateral|security|secured|senior|subordinated|guarantee|recovery|seniority',
      ),
      concept(
        'recommendation',
        'recommendation',
        'approved|declined|recommended|rating|pricing|spread|conditions',
      ),
      concept(
        'liquidity',
        'liquidity and maturities',
        'liquidity|working capital|revolver|maturity|refinancing',
      ),
    ],
    probes: [probe('coverage', 'How did you test whether the borrower could service the debt?')],
  }),
  q({
    id: 'fin.exp.accounting-issue',
    kind: 'experience',
    competency: 'financial-analysis',
    subSpecialties: ['accounting-audit'],
    text: 'Tell me about an accounting issue you found or resolved in a set of financial statements: what it was, the standard involved, and how it was resolved.',
    concepts: [
      concept(
        'standard',
        'the accounting standard',
        'GAAP|US GAAP|IFRS|ASC 606|IFRS 15|ASC 842|IFRS 16|IAS|ASC|standard',
        { key: true },
      ),
      concept(
        'issue',
        'the issue',
        'revenue recognition|impairment|lease|leases|inventory|provision|accrual|restatement|misstatement|capitalised|capitalized|goodwill|consolidation',
        { key: true },
      ),
      concept('materiality', 'materiality', 'material|materiality|immaterial|threshold'),
      concept(
        'resolution',
        'resolution',
        'adjusted|adjustment|restated|audit committee|disclosure|corrected|journal entry',
      ),
      concept(
        'evidence',
        'audit evidence',
        'contracts|invoices|sample|testing|documentation|reconciliation|evidence',
      ),
    ],
    probes: [probe('standard', 'Which accounting standard governed it, and what does it require?')],
  }),
  q({
    id: 'fin.exp.risk-limit',
    kind: 'experience',
    competency: 'risk-regulation',
    subSpecialties: ['risk-management', 'regulatory-reporting'],
    text: 'Describe a time you measured or managed a risk exposure (market, credit, liquidity or operational): how it was measured, what limit applied and what action followed.',
    concepts: [
      concept(
        'measure',
        'risk measure',
        'VaR|value at risk|expected shortfall|stress test|stress testing|duration|DV01|exposure|PD|LGD|EAD|LCR|sensitivity',
        { key: true },
      ),
      concept(
        'limit',
        'limit and appetite',
        'limit|limits|breach|appetite|risk appetite|threshold|escalation|escalated',
        { key: true },
      ),
      concept(
        'action',
        'action taken',
        'hedged|hedge|reduced|unwind|rebalanced|sold|approved|exception',
      ),
      concept(
        'governance',
        'governance',
        'committee|ALCO|risk committee|CRO|board|reported|regulator',
      ),
      concept(
        'model-limits',
        'limits of the model',
        'backtesting|back-testing|model risk|assumptions|fat tails|correlation',
      ),
    ],
    probes: [
      probe('limit', 'What limit applied, and what happened when the exposure approached it?'),
    ],
  }),
];
