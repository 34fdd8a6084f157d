import type { Question } from '../../types';
import { concept, probe, question } from '../build';

const q = (spec: Parameters<typeof question>[1]) => question('finance', spec);

export const FINANCE_DEPTH: readonly Question[] = [
  q({
    id: 'fin.depth.private-wacc',
    kind: 'depth',
    competency: 'valuation',
    subSpecialties: ['corporate-finance'],
    text: 'How would you estimate the discount rate for a DCF of a private mid-sized manufacturer, and which inputs are most error-prone?',
    concepts: [
      concept('wacc', 'WACC', 'WACC|weighted average cost of capital', { key: true }),
      concept(
        'capm',
        'CAPM inputs',
        'CAPM|beta|equity risk premium|risk-free rate|market risk premium',
        { key: true },
      ),
      concept(
        'relever',
        'peer beta, unlevered and relevered',
        'unlever|relever|unlevered beta|relevered|comparable companies|peer|peers|Hamada',
      ),
      concept(
        'private',
        'private-company adjustments',
        'size premium|illiquidity|company-specific risk|DLOM|marketability',
      ),
      concept(
        'debt',
        'cost of debt and structure',
        'cost of debt|after-tax|tax shield|target capital structure|capital structure',
      ),
    ],
    probes: [probe('relever', 'The company has no traded beta: where does yours come from?')],
  }),
  q({
    id: 'fin.depth.cash-vs-earnings',
    kind: 'depth',
    competency: 'financial-analysis',
    subSpecialties: ['equity-research', 'accounting-audit'],
    text: 'A company reports rising net income but falling operating cash flow for three years. What could explain it, and what would you check?',
    concepts: [
      concept(
        'working-capital',
        'working capital build',
        'working capital|receivables|accounts receivable|DSO|inventory|days sales outstanding|payables',
        { key: true },
      ),
      concept(
        'earnings-quality',
        'earnings quality',
        'revenue recognition|aggressive|channel stuffing|earnings quality|quality of earnings|accruals|accrual',
        { key: true },
      ),
      concept(
        'capitalisation',
        'capitalised costs',
        'capitalised|capitalized|capitalisation|capitalization|capex|development costs',
      ),
      concept(
        'non-cash',
        'non-cash gains',
        'non-cash|gains|one-off|one-time|fair value|deferred tax',
      ),
      concept(
        'checks',
        'where to look',
        'cash flow statement|notes|footnotes|auditor|related party|segment|cash conversion',
      ),
    ],
    probes: [
      probe(
        'working-capital',
        'Which balance-sheet lines would you look at first, and what pattern would worry you?',
      ),
    ],
  }),
  q({
    id: 'fin.depth.lease-accounting',
    kind: 'depth',
    competency: 'financial-analysis',
    subSpecialties: ['accounting-audit', 'equity-research'],
    text: "How did IFRS 16 and ASC 842 change a lessee's financial statements, and how does that affect comparisons of EBITDA and leverage across companies?",
    concepts: [
      concept(
        'on-balance',
        'right-of-use asset and lease liability',
        'right-of-use|right of use|ROU|lease liability|on balance sheet|on the balance sheet',
        { key: true },
      ),
      concept(
        'ebitda',
        'effect on EBITDA',
        'EBITDA|depreciation|interest|operating expense|rent expense',
        { key: true },
      ),
      concept(
        'standards-differ',
        'IFRS single model vs US GAAP dual model',
        'operating lease|finance lease|single model|straight-line|dual model|US GAAP',
      ),
      concept('leverage', 'effect on leverage', 'leverage|net debt|debt|covenants|ratios'),
      concept(
        'comparability',
        'adjusting for comparability',
        'comparable|comparability|adjust|adjusted|pre-IFRS 16|consistent|like for like',
      ),
    ],
    probes: [probe('standards-differ', 'Is the effect the same under IFRS 16 and ASC 842?')],
  }),
  q({
    id: 'fin.depth.basel-capital',
    kind: 'depth',
    competency: 'risk-regulation',
    subSpecialties: ['regulatory-reporting', 'risk-management'],
    text: "Explain how a bank's capital requirement for credit risk is determined under Basel III, and what the main ratios are.",
    concepts: [
      concept('rwa', 'risk-weighted assets', 'risk-weighted assets|RWA|risk weights|risk weight', {
        key: true,
      }),
      concept(
        'approaches',
        'standardised vs IRB',
        'standardised approach|standardized approach|IRB|internal ratings|PD|LGD|EAD',
      ),
      concept(
        'ratios',
        'capital ratios',
        'CET1|common equity tier 1|tier 1|total capital|4.5%|leverage ratio',
        { key: true },
      ),
      concept('buffers', 'buffers', 'conservation buffer|countercyclical|G-SIB|buffer|buffers'),
      concept('liquidity', 'liquidity ratios', 'LCR|NSFR|liquidity coverage|net stable funding'),
    ],
    probes: [probe('ratios', 'Which capital ratios must the bank hold, and at what minimums?')],
  }),
  q({
    id: 'fin.depth.var-limits',
    kind: 'depth',
    competency: 'risk-regulation',
    subSpecialties: ['risk-management'],
    text: 'What are the limitations of value at risk as a risk measure, and what would you use alongside it?',
    concepts: [
      concept(
        'tail',
        'silent on the tail',
        'tail|tail risk|beyond the confidence level|size of the loss|fat tails|fat-tailed',
        { key: true },
      ),
      concept('es', 'expected shortfall', 'expected shortfall|CVaR|conditional VaR', { key: true }),
      concept('coherence', 'not subadditive', 'subadditive|subadditivity|coherent|diversification'),
      concept(
        'assumptions',
        'model assumptions',
        'normal distribution|normality|historical|lookback|correlation|liquidity|horizon',
      ),
      concept(
        'stress',
        'stress tests and backtesting',
        'stress test|stress testing|scenario|scenarios|backtesting|back-testing',
        { key: true },
      ),
    ],
    probes: [probe('es', 'Which measure captures what happens beyond the VaR threshold?')],
  }),
  q({
    id: 'fin.depth.revenue-recognition',
    kind: 'depth',
    competency: 'financial-analysis',
    subSpecialties: ['accounting-audit'],
    text: 'A software company sells a three-year licence with installation and support for one upfront fee. How is revenue recognised under ASC 606 / IFRS 15?',
    concepts: [
      concept(
        'five-step',
        'five-step model',
        'five-step|five step|5-step|identify the contract|transaction price|allocate',
        { key: true },
      ),
      concept(
        'obligations',
        'distinct performance obligations',
        'performance obligation|performance obligations|distinct',
        { key: true },
      ),
      concept(
        'ssp',
        'standalone selling prices',
        'standalone selling price|stand-alone selling price|SSP|relative',
      ),
      concept(
        'timing',
        'point in time vs over time',
        'point in time|over time|ratably|ratable|straight-line|deferred revenue|contract liability',
        { key: true },
      ),
      concept(
        'licence-type',
        'right to use vs right to access',
        'right to use|right to access|functional|symbolic|term licence|term license',
      ),
    ],
    probes: [probe('obligations', 'How many distinct promises are there, and how do you decide?')],
  }),
  q({
    id: 'fin.depth.concentrated-position',
    kind: 'depth',
    competency: 'risk-regulation',
    subSpecialties: ['asset-management'],
    text: "40% of a client's portfolio is in one technology stock from their employer. How do you assess the risk, and what would you recommend?",
    concepts: [
      concept(
        'concentration',
        'concentration risk',
        'concentration|concentrated|single stock|idiosyncratic|unsystematic|diversification|diversify',
        { key: true },
      ),
      concept(
        'employment',
        'correlated with their job',
        'employer|human capital|job|income|correlated|correlation',
      ),
      concept(
        'tax',
        'tax consequences',
        'capital gains|tax|cost basis|tax lot|tax-loss|gifting|donate|exchange fund|charitable',
        { key: true },
      ),
      concept(
        'hedging',
        'staged sales and hedges',
        'collar|put|puts|options|hedge|prepaid variable forward|10b5-1|staged|gradual|over time',
      ),
      concept(
        'suitability',
        'suitability',
        'risk tolerance|goals|time horizon|suitability|investment policy|liquidity needs',
      ),
    ],
    probes: [
      probe('tax', 'What are the tax consequences of selling, and how would you manage them?'),
    ],
  }),
];
