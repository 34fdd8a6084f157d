import type { Question } from '../../types';
import { concept, probe, question, saysWrong } from '../build';

const q = (spec: Parameters<typeof question>[1]) => question('law', spec);

export const LAW_TASKS: readonly Question[] = [
  q({
    id: 'law.task.limitation-period',
    kind: 'practical',
    competency: 'legal-analysis',
    subSpecialties: ['litigation', 'contract'],
    text: 'An AI assistant was asked: *“My client signed a written contract in New York in 2017 and the other side breached it in March 2022. Is it too late to sue?”* It answered:\n\n> Yes. In New York the statute of limitations for all contract claims is three years from the date the contract was signed, so the claim expired in 2020.\n\nIs this answer correct? Explain what is right or wrong and what a good answer would say.',
    concepts: [
      saysWrong(),
      concept(
        'six-years',
        'six-year period (CPLR 213)',
        'six years|6 years|six-year|6-year|CPLR 213|213(2)',
        { key: true },
      ),
      concept(
        'accrual',
        'runs from breach, not signing',
        'from the breach|date of breach|date of the breach|accrues|accrual|accrue|when the breach occurred|not from signing|breach occurred',
        { key: true },
      ),
      concept(
        'caveats',
        'exceptions (UCC, contractual, tolling)',
        'tolling|tolled|contractual limitation|shortened|borrowing statute|UCC|sale of goods|four years|four-year|choice of law',
      ),
      concept(
        'conclusion',
        'claim still timely',
        'still time|not time-barred|not too late|within time|2028|can still sue|timely',
      ),
    ],
    probes: [
      probe(
        'accrual',
        'From what event does the limitation period run for a breach of contract claim?',
      ),
      probe('caveats', 'What could shorten or extend that period on these facts?'),
    ],
  }),
  q({
    id: 'law.task.exclusion-clause',
    kind: 'practical',
    competency: 'contract-drafting',
    subSpecialties: ['contract'],
    text: 'An AI drafted this clause for a supplier-friendly services agreement:\n\n> *The Supplier shall not be liable for any loss whatsoever arising under this Agreement, including loss caused by its fraud or gross negligence.*\n\nWould you accept it? What is wrong with it, and how would you redraft it?',
    concepts: [
      saysWrong(
        'unenforceable|not enforceable|void|would not accept|reject|overreaching|too broad',
      ),
      concept(
        'fraud',
        'fraud cannot be excluded',
        'fraud|fraudulent|public policy|cannot exclude|cannot be excluded',
        { key: true },
      ),
      concept(
        'reasonableness',
        'reasonableness and gross negligence',
        'unfair contract terms|UCTA|reasonableness|gross negligence|wilful misconduct|willful misconduct|unconscionable',
      ),
      concept(
        'redraft',
        'a workable redraft',
        'cap|limitation of liability|consequential|indirect|carve-out|carve out|nothing in this agreement|nothing shall limit|fees paid',
        { key: true },
      ),
      concept(
        'whole-clause',
        'risk of losing the whole clause',
        'entire clause|whole clause|strike|struck|sever|severed|contra proferentem|in its entirety',
      ),
    ],
    probes: [
      probe(
        'redraft',
        'How would you redraft it so that it protects the supplier and still holds up?',
      ),
    ],
  }),
  q({
    id: 'law.task.breach-notification',
    kind: 'practical',
    competency: 'regulatory-compliance',
    subSpecialties: ['privacy-data', 'regulatory-compliance'],
    text: 'An AI told a client:\n\n> Under the GDPR you must notify every affected customer within 72 hours of any personal data breach.\n\nIs this correct? Explain what is right or wrong and what the client actually has to do.',
    concepts: [
      saysWrong('partly|partially|conflates|confuses'),
      concept(
        'authority',
        'notify the supervisory authority (Art. 33)',
        'supervisory authority|regulator|data protection authority|ICO|article 33|authority',
        { key: true },
      ),
      concept('awareness', '72 hours from becoming aware', 'becoming aware|aware|awareness'),
      concept(
        'risk-threshold',
        'risk thresholds (Art. 33/34)',
        'unlikely to result in a risk|high risk|risk to the rights|article 34|risk',
        { key: true },
      ),
      concept('undue-delay', 'individuals: without undue delay', 'without undue delay|undue delay'),
      concept(
        'documentation',
        'document every breach',
        'document|documented|records|record of breaches|33(5)',
      ),
    ],
    probes: [
      probe(
        'risk-threshold',
        'When does a breach have to be reported to the individuals themselves?',
      ),
    ],
  }),
];
