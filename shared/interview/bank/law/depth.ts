import type { Question } from '../../types';
import { concept, probe, question } from '../build';

const q = (spec: Parameters<typeof question>[1]) => question('law', spec);

export const LAW_DEPTH: readonly Question[] = [
  q({
    id: 'law.depth.liability-cap',
    kind: 'depth',
    competency: 'contract-drafting',
    subSpecialties: ['contract'],
    text: "A SaaS customer asks you to remove the supplier's liability cap entirely. Acting for the supplier, how do you respond, and what alternatives would you offer?",
    concepts: [
      concept(
        'cap-purpose',
        'why a cap exists',
        'insurance|insurable|proportionate|fees paid|annual fees|multiple of fees|quantify|exposure|pricing',
        { key: true },
      ),
      concept(
        'carve-outs',
        'carve-outs from the cap',
        'carve-out|carve out|carve-outs|exclusion|excluded|uncapped|super cap|supercap|fraud|wilful misconduct|willful misconduct|gross negligence|death or personal injury|confidentiality|data breach',
        { key: true },
      ),
      concept(
        'consequential',
        'indirect and consequential loss',
        'consequential|indirect|lost profits|loss of profit|special damages',
      ),
      concept(
        'alternatives',
        'alternatives offered',
        'higher cap|increase the cap|separate cap|tiered|super cap|supercap|mutual|reciprocal',
      ),
      concept(
        'enforceability',
        'enforceability limits',
        'enforceable|unenforceable|unfair contract terms|reasonableness|public policy|cannot exclude|UCTA',
      ),
    ],
    probes: [
      probe(
        'carve-outs',
        'Which heads of loss would you be prepared to leave outside the cap, and why those?',
      ),
      probe(
        'cap-purpose',
        'Why does the supplier need a cap at all: what would you say to the customer?',
      ),
    ],
  }),
  q({
    id: 'law.depth.mac-clause',
    kind: 'depth',
    competency: 'contract-drafting',
    subSpecialties: ['corporate-ma'],
    text: "In a share purchase agreement, how does a material adverse change (MAC) clause interact with the conditions to closing and the buyer's right to walk away? What would you negotiate for the seller?",
    concepts: [
      concept(
        'mac',
        'MAC/MAE definition',
        'material adverse change|material adverse effect|MAC|MAE',
        { key: true },
      ),
      concept(
        'carve-outs',
        'MAC carve-outs',
        'carve-out|carve-outs|carve out|general economic|industry-wide|pandemic|disproportionate|changes in law|market conditions',
      ),
      concept(
        'conditions',
        'closing conditions and bring-down',
        'condition precedent|conditions precedent|closing condition|conditions to closing|bring-down|bring down|between signing and closing|interim period',
      ),
      concept(
        'threshold',
        'high threshold in the courts',
        'high threshold|durationally significant|Akorn|IBP|long-term|burden of proof|rarely',
      ),
      concept(
        'seller-position',
        "seller's position",
        'seller|narrow|knowledge qualifier|materiality qualifier|deal certainty|certainty',
        { key: true },
      ),
    ],
    probes: [
      probe(
        'carve-outs',
        'Which events would you, for the seller, exclude from the MAC definition?',
      ),
    ],
  }),
  q({
    id: 'law.depth.summary-judgment',
    kind: 'depth',
    competency: 'litigation-procedure',
    subSpecialties: ['litigation'],
    text: 'What standard must a party meet to win summary judgment (or its equivalent where you practise), and when would you advise a client not to move for it?',
    concepts: [
      concept(
        'standard',
        'the standard',
        'no genuine dispute|no genuine issue|material fact|matter of law|no real prospect|real prospect of success|reasonable jury',
        { key: true },
      ),
      concept(
        'burden',
        'burden and inferences',
        'burden|moving party|non-moving party|non-movant|most favorable|most favourable|inferences',
      ),
      concept(
        'record',
        'the record',
        'evidence|record|affidavit|declarations|depositions|discovery',
      ),
      concept(
        'strategy',
        'strategic cost of moving',
        'cost|costs|preview|educate the judge|reveal|strategy|credibility|fact-intensive|disputed facts|delay',
        { key: true },
      ),
      concept('rule', 'the rule', 'Rule 56|CPR Part 24|Part 24|federal rules'),
    ],
    probes: [
      probe('strategy', 'What are the strategic costs of a summary judgment motion that fails?'),
    ],
  }),
  q({
    id: 'law.depth.data-transfer',
    kind: 'depth',
    competency: 'regulatory-compliance',
    subSpecialties: ['privacy-data'],
    text: 'A US client wants to move EU customer data to its US servers. What must it put in place, and what changed after Schrems II?',
    concepts: [
      concept(
        'mechanism',
        'transfer mechanism',
        'standard contractual clauses|SCCs|SCC|adequacy decision|adequacy|binding corporate rules|BCR|Data Privacy Framework|DPF|Privacy Shield',
        { key: true },
      ),
      concept('schrems', 'Schrems II', 'Schrems II|Schrems|invalidated|struck down', { key: true }),
      concept(
        'tia',
        'transfer impact assessment',
        'transfer impact assessment|TIA|supplementary measures|surveillance|FISA|government access|encryption',
      ),
      concept(
        'gdpr',
        'GDPR framework',
        'GDPR|Chapter V|article 46|article 45|controller|processor|data processing agreement',
      ),
      concept(
        'ongoing',
        'ongoing obligations',
        'self-certify|self-certification|certify|records|monitor',
      ),
    ],
    probes: [
      probe(
        'tia',
        'Beyond signing a transfer mechanism, what assessment does the exporter need to do?',
      ),
    ],
  }),
  q({
    id: 'law.depth.statutory-conflict',
    kind: 'depth',
    competency: 'legal-analysis',
    text: "Two provisions of a statute appear to conflict on your client's facts. How do you work out which governs?",
    concepts: [
      concept(
        'canons',
        'canons of construction',
        'specific over general|specific governs|specific provision|lex specialis|later in time|lex posterior|canon|canons|harmonise|harmonize|read together|surplusage',
        { key: true },
      ),
      concept(
        'text',
        'text and definitions',
        'plain meaning|ordinary meaning|text|definitions|definition section',
      ),
      concept(
        'purpose',
        'purpose and history',
        'purpose|legislative history|intent|purposive|mischief',
      ),
      concept(
        'authority',
        'case law and guidance',
        'case law|courts|precedent|agency guidance|regulations|Chevron|Loper Bright',
      ),
      concept(
        'application',
        'application to the client',
        'facts|client|apply|argue|argument|risk',
        { key: true },
      ),
    ],
    probes: [probe('canons', 'Which interpretive rules would you use to reconcile them?')],
  }),
  q({
    id: 'law.depth.non-compete',
    kind: 'depth',
    competency: 'legal-analysis',
    subSpecialties: ['employment'],
    text: "An employer asks whether a two-year worldwide non-compete in a sales manager's contract will hold up. What do you consider?",
    concepts: [
      concept(
        'reasonableness',
        'reasonableness and legitimate interest',
        'reasonable|reasonableness|no wider than necessary|legitimate business interest|legitimate interest|protectable interest',
        { key: true },
      ),
      concept(
        'scope',
        'duration, geography and activity',
        'duration|geographic|geography|worldwide|scope|activities|two years|2 years',
        { key: true },
      ),
      concept(
        'jurisdiction',
        'jurisdictional differences',
        'California|16600|state law|jurisdiction|FTC|blue pencil|blue-pencil|severance|reform',
      ),
      concept(
        'alternatives',
        'narrower protections',
        'non-solicit|non-solicitation|garden leave|confidentiality|trade secrets|consideration',
      ),
      concept(
        'facts',
        "the employee's role",
        'role|seniority|customers|access|confidential information',
      ),
    ],
    probes: [
      probe(
        'jurisdiction',
        'How would the answer change between jurisdictions, say California versus New York or England?',
      ),
    ],
  }),
  q({
    id: 'law.depth.ip-chain-of-title',
    kind: 'depth',
    competency: 'contract-drafting',
    subSpecialties: ['intellectual-property', 'corporate-ma'],
    text: "A startup's founder wrote the core code before incorporation and a contractor built the mobile app. What do you check before a financing round, and how do you fix any gaps?",
    concepts: [
      concept(
        'assignment',
        'IP assignment',
        'assignment|assign|IP assignment|invention assignment|confirmatory assignment|nunc pro tunc',
        { key: true },
      ),
      concept(
        'work-for-hire',
        'work for hire vs contractor',
        'work made for hire|work for hire|work-for-hire|employee|contractor|independent contractor|scope of employment',
      ),
      concept(
        'diligence',
        'diligence and disclosure',
        'due diligence|diligence|chain of title|representations|disclosure schedule|investors',
        { key: true },
      ),
      concept(
        'open-source',
        'open-source licences',
        'open source|open-source|GPL|licence|license|copyleft',
      ),
      concept(
        'formalities',
        'consideration and moral rights',
        'consideration|moral rights|waiver|prior inventions',
      ),
    ],
    probes: [
      probe(
        'assignment',
        'What document would you have the founder and the contractor sign, and what should it say?',
      ),
    ],
  }),
];
