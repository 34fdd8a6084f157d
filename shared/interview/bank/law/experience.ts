import type { Question } from '../../types';
import { concept, probe, question } from '../build';

const q = (spec: Parameters<typeof question>[1]) => question('law', spec);

export const LAW_EXPERIENCE: readonly Question[] = [
  q({
    id: 'law.exp.contract-negotiation',
    kind: 'experience',
    competency: 'contract-drafting',
    subSpecialties: ['contract', 'corporate-ma'],
    text: 'Walk me through a contract you negotiated: what kind of agreement, who you acted for, the two or three points that were hardest to agree, and how they were resolved.',
    concepts: [
      concept(
        'client-role',
        'whose side they acted for',
        'acted for|represented|on behalf of|our client|my client|counsel for|for the buyer|for the seller|for the supplier|for the customer|for the licensee|for the licensor|for the lender|for the borrower',
        { key: true },
      ),
      concept(
        'risk-allocation',
        'risk allocation (indemnities, caps, warranties)',
        'indemnity|indemnities|indemnification|indemnify|limitation of liability|liability cap|cap on liability|cap|consequential damages|consequential loss|warranty|warranties',
        { key: true },
      ),
      concept(
        'commercial-terms',
        'commercial terms',
        'price|pricing|payment terms|fees|service level|SLA|exclusivity|volume commitment|milestone|milestones',
      ),
      concept(
        'termination',
        'termination and exit',
        'termination|terminate|change of control|renewal|exit|term of the agreement',
      ),
      concept(
        'resolution',
        'how the impasse was resolved',
        'compromise|conceded|concession|fallback|carve-out|carve out|trade-off|traded|in exchange|middle ground|escalated',
      ),
      concept(
        'governing-law',
        'governing law and disputes',
        'governing law|dispute resolution|arbitration|choice of law|venue|jurisdiction clause',
      ),
    ],
    probes: [
      probe(
        'risk-allocation',
        'Which clauses allocated risk between the parties in that deal, and what position did you take on them?',
      ),
      probe('resolution', 'On the hardest point, what did each side give up to close it?'),
    ],
  }),
  q({
    id: 'law.exp.dispute',
    kind: 'experience',
    competency: 'litigation-procedure',
    subSpecialties: ['litigation'],
    text: 'Describe a dispute you handled from first instruction to outcome: the claim, the procedural steps you took, and what decided the result.',
    concepts: [
      concept(
        'claim',
        'the claim',
        'claim|cause of action|complaint|breach of contract|negligence|allegation|statement of claim|petition',
        { key: true },
      ),
      concept(
        'procedure',
        'procedural steps',
        'motion|discovery|disclosure|pleading|pleadings|deposition|summary judgment|injunction|hearing|trial|filed|interrogatories',
        { key: true },
      ),
      concept(
        'evidence',
        'evidence',
        'evidence|witness|expert witness|exhibit|testimony|affidavit|documents',
      ),
      concept(
        'outcome',
        'outcome',
        'settled|settlement|mediation|judgment|verdict|dismissed|appeal|ruling|award',
      ),
      concept(
        'risk',
        'cost and risk',
        'statute of limitations|limitation period|costs|exposure|damages|risk',
      ),
    ],
    probes: [
      probe(
        'procedure',
        'Which procedural steps did you take yourself (pleadings, motions, discovery, hearings), and why those?',
      ),
      probe('outcome', 'How did it end, and what in your view decided the outcome?'),
    ],
  }),
  q({
    id: 'law.exp.regulatory-advice',
    kind: 'experience',
    competency: 'regulatory-compliance',
    subSpecialties: ['regulatory-compliance', 'privacy-data'],
    text: 'Tell me about a time you advised a client on a regulatory requirement: which regime, what the client had to change, and how you judged the risk.',
    concepts: [
      concept(
        'regime',
        'the regime',
        'GDPR|CCPA|HIPAA|SOX|Sarbanes-Oxley|FCPA|anti-money laundering|AML|Dodd-Frank|securities law|data protection|export control|sanctions|antitrust|competition law|regulation',
        { key: true },
      ),
      concept(
        'assessment',
        'gap analysis',
        'gap analysis|audit|assessment|risk assessment|data mapping|inventory|impact assessment|DPIA',
      ),
      concept(
        'remediation',
        'what the client changed',
        'policy|policies|procedure|training|controls|remediation|consent|notice|implemented|changed',
        { key: true },
      ),
      concept(
        'enforcement',
        'enforcement risk',
        'fine|fines|penalty|penalties|enforcement|investigation|liability|regulator',
      ),
      concept('records', 'documentation', 'document|documented|records|memo|board|report'),
    ],
    probes: [
      probe('remediation', 'What concretely did the client change as a result of your advice?'),
      probe('enforcement', 'How did you weigh the enforcement risk of not changing?'),
    ],
  }),
  q({
    id: 'law.exp.research-memo',
    kind: 'experience',
    competency: 'legal-analysis',
    text: 'Describe a research memo or opinion you wrote on an unsettled point of law: the question, how you researched it, and how confident your conclusion was.',
    concepts: [
      concept('question', 'the question framed', 'issue|question presented|whether|question was', {
        key: true,
      }),
      concept(
        'authority',
        'authorities relied on',
        'case law|precedent|statute|authority|authorities|court held|decision|Westlaw|Lexis|cases|appellate|circuit|supreme court',
        { key: true },
      ),
      concept(
        'jurisdiction',
        'binding vs persuasive',
        'jurisdiction|circuit split|binding|persuasive|federal|state law|court of appeal',
      ),
      concept(
        'uncertainty',
        'uncertainty stated',
        'unsettled|uncertain|likely|probability|confidence|caveat|qualified|both sides|counterargument',
      ),
      concept(
        'application',
        'application to facts',
        'facts|applied|apply|distinguish|distinguished|analogous|analogy',
      ),
    ],
    probes: [
      probe(
        'authority',
        'Which authorities did you rely on, and were they binding or persuasive where your client was?',
      ),
      probe('uncertainty', 'How did you express the uncertainty in your conclusion to the client?'),
    ],
  }),
];
