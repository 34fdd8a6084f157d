import type { Question } from '../types';
import { concept, probe, question } from './build';

const q = (spec: Parameters<typeof question>[1]) => question('general', spec);

/** Asked of every expert: the judgement annotation work needs, whatever the field. */
export const GENERAL_QUESTIONS: readonly Question[] = [
  q({
    id: 'gen.guideline-gap',
    kind: 'depth',
    competency: 'annotation-judgement',
    text: "You are labelling documents and meet a case the annotation guidelines don't cover. What do you do?",
    concepts: [
      concept(
        'consult',
        'checks guidelines and examples',
        'guideline|guidelines|instructions|documentation|examples',
        { key: true },
      ),
      concept(
        'flag',
        'flags or asks',
        'flag|flagged|escalate|ask|comment|note|reviewer|project lead|lead',
        { key: true },
      ),
      concept('rationale', 'records a rationale', 'rationale|reasoning|explain|document|justify'),
      concept(
        'consistency',
        'consistency with similar cases',
        'consistent|consistency|similar cases|same way|precedent',
      ),
      concept(
        'no-guess',
        'does not guess silently',
        'not guess|avoid guessing|best judgement|best judgment|confidence|uncertain|uncertainty',
      ),
    ],
    probes: [
      probe('flag', 'Who would you tell, and how, so the next annotator handles it the same way?'),
    ],
  }),
  q({
    id: 'gen.partly-right-answer',
    kind: 'practical',
    competency: 'annotation-judgement',
    text: 'A model answer is factually correct but leaves out a caveat an expert would always mention. How would you rate it on a 1–5 helpfulness scale, and why?',
    concepts: [
      concept(
        'not-top',
        'does not give full marks',
        'not a 5|lower|deduct|downgrade|a 3|a 4|partial|partially',
        { key: true },
      ),
      concept(
        'impact',
        'weighs the harm of the omission',
        'harm|risk|safety|misled|mislead|consequence|rely',
        { key: true },
      ),
      concept(
        'anchors',
        'uses the scale definitions',
        'rubric|scale|criteria|guideline|definition',
      ),
      concept('explains', 'writes the reason', 'rationale|explain|comment|note|feedback'),
      concept(
        'severity',
        'severity depends on the caveat',
        'severity|depends on|how important|material|critical',
      ),
    ],
    probes: [probe('impact', 'Does the kind of caveat change your rating? Give an example.')],
  }),
  q({
    id: 'gen.disagreement',
    kind: 'experience',
    competency: 'annotation-judgement',
    text: "Tell me about a time you disagreed with a colleague's professional judgement on a piece of work. How was it resolved?",
    concepts: [
      concept('issue', 'the disagreement', 'disagreed|disagreement|different view|opinion', {
        key: true,
      }),
      concept(
        'evidence',
        'argued from evidence',
        'evidence|data|source|authority|guideline|literature|precedent',
        { key: true },
      ),
      concept(
        'process',
        'how it was worked out',
        'discussed|meeting|escalated|second opinion|senior|consulted|review',
      ),
      concept('outcome', 'outcome', 'agreed|resolved|changed my mind|compromise|decided'),
      concept('reflection', 'reflection', 'learned|lesson|in hindsight|would do differently'),
    ],
    probes: [probe('evidence', 'What evidence did each of you rely on?')],
  }),
  q({
    id: 'gen.consistency',
    kind: 'depth',
    competency: 'annotation-judgement',
    text: 'Over a long labelling batch, how do you keep your judgements consistent from the first item to the five-hundredth?',
    concepts: [
      concept(
        'reference',
        'keeps a reference',
        'notes|reference|cheat sheet|examples|guideline|decision log|log',
        { key: true },
      ),
      concept('fatigue', 'manages fatigue', 'breaks|fatigue|tired|pace|rest'),
      concept(
        'calibration',
        'recalibrates',
        'calibration|calibrate|review|revisit|go back|spot check|gold|agreement',
        { key: true },
      ),
      concept('drift', 'watches for drift', 'drift|consistency|consistent|same standard'),
      concept('feedback', 'uses feedback', 'feedback|reviewer|questions|ask'),
    ],
    probes: [
      probe(
        'calibration',
        'How would you notice that your standard had drifted, and what would you do?',
      ),
    ],
  }),
  q({
    id: 'gen.identifying-data',
    kind: 'depth',
    competency: 'annotation-judgement',
    text: 'A document you are asked to annotate contains what looks like real, identifiable patient or client information. What do you do?',
    concepts: [
      concept('stop', 'stops work on it', 'stop|pause|do not continue|not proceed', { key: true }),
      concept('report', 'reports it', 'report|flag|notify|tell|escalate|project lead|platform', {
        key: true,
      }),
      concept(
        'contain',
        'does not copy or share',
        'not copy|not share|not download|confidential|confidentiality',
      ),
      concept(
        'law',
        'knows the obligations',
        'HIPAA|GDPR|privilege|privileged|privacy|PHI|personal data|de-identified|anonymised|anonymized',
      ),
    ],
    probes: [probe('report', 'Who would you tell, and what would you tell them?')],
  }),
  q({
    id: 'gen.unfindable-citation',
    kind: 'practical',
    competency: 'annotation-judgement',
    text: 'An AI answer cites a source that you cannot find anywhere. How do you handle it in your rating and comments?',
    concepts: [
      concept('verify', 'tries to verify it', 'search|searched|check|verify|look up|database', {
        key: true,
      }),
      concept(
        'fabricated',
        'names fabrication',
        'fabricated|hallucinated|hallucination|made up|does not exist|fake|invented',
        { key: true },
      ),
      concept(
        'penalise',
        'rates it down',
        'penalise|penalize|lower|fail|low score|downgrade|mark down|serious',
      ),
      concept('document', 'documents it', 'note|comment|explain|flag|quote'),
      concept(
        'doubt',
        'allows for honest error',
        'paywall|different name|typo|might exist|cannot confirm|unable to verify',
      ),
    ],
    probes: [probe('penalise', 'How much does that citation change your rating, and why?')],
  }),
];
