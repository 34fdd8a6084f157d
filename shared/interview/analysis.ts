/**
 * What the rules see of an answer: sentences with their offsets (evidence is quoted from them) and
 * tokens reduced to stems. The analyser is an interface so the rules stay pure; the one we ship is
 * winkAnalyser.ts.
 */
export interface Token {
  /** Lower-cased surface form; contractions expanded (`n't` → `not`). */
  readonly norm: string;
  /** Porter stem of `norm`: what concept terms are matched on. */
  readonly stem: string;
  readonly stop: boolean;
  /** A word or number, as opposed to punctuation, symbols and spaces. */
  readonly word: boolean;
  /** Inside the scope of a negation ("did not accept **unlimited indemnities**"). */
  readonly negated: boolean;
}

export interface Sentence {
  /** Exactly `text.slice(start, end)` of the analysed text. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly tokens: readonly Token[];
}

export interface Entity {
  /** DATE, DURATION, MONEY, PERCENT, CARDINAL, ORDINAL, TIME… */
  readonly type: string;
  readonly value: string;
}

export interface AnalysedText {
  readonly text: string;
  readonly sentences: readonly Sentence[];
  readonly entities: readonly Entity[];
  readonly wordCount: number;
}

export interface TextAnalyser {
  /** Names the analyser and its model in results, e.g. `wink-eng-lite-web-model@1.8.1`. */
  readonly id: string;
  analyse(text: string): AnalysedText;
}

const HEDGES = [
  'maybe',
  'perhaps',
  'probably',
  'possibly',
  'generally',
  'basically',
  'various',
  'stuff',
  'things',
  'somewhat',
  'sort of',
  'kind of',
  'i think',
  'i guess',
  'i suppose',
  'it depends',
  'not sure',
  'and so on',
  'etc',
];

const REASONING = [
  'because',
  'since',
  'therefore',
  'thus',
  'hence',
  'so that',
  'so it',
  'so they',
  'so this',
  'so the',
  'which means',
  'that means',
  'this means',
  'due to',
  'as a result',
  'otherwise',
  'unless',
  'given that',
  'in order to',
  'consequently',
  'whereas',
  'the reason',
  'because of',
  'caused by',
  'results in',
  'leads to',
  'would mean',
];

/** Entity types that make an account concrete: when, how much, how long. */
const CONCRETE_ENTITIES = new Set(['DATE', 'DURATION', 'MONEY', 'PERCENT', 'CARDINAL', 'TIME']);

const NUMBER_PHRASE =
  /\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|hundred|thousand|million|billion)\b.*\s\S/i;

export interface AnswerSignals {
  readonly words: number;
  readonly hedges: number;
  readonly reasoningMarkers: number;
  /** Dates, amounts, durations, counts: the details only someone who was there tends to give. */
  readonly concreteDetails: readonly string[];
  /** Speaks of their own actions ("I drafted", "we negotiated"). */
  readonly firstPerson: boolean;
}

function countPhrases(words: readonly string[], phrases: readonly string[]): number {
  let count = 0;
  for (const phrase of phrases) {
    const parts = phrase.split(' ');
    for (let i = 0; i + parts.length <= words.length; i += 1)
      if (parts.every((part, j) => words[i + j] === part)) count += 1;
  }
  return count;
}

/** Reasoning connectives in one sentence ("because", "which means"…). */
export function reasoningIn(sentence: Sentence): number {
  return countPhrases(
    sentence.tokens.filter((t) => t.word).map((t) => t.norm),
    REASONING,
  );
}

export function answerSignals(text: AnalysedText): AnswerSignals {
  const words = text.sentences.flatMap((s) => s.tokens.filter((t) => t.word).map((t) => t.norm));
  // "2019", "$4.2 million" and "fourteen months" are details; "five", "year", "a few years ago" are not.
  const concrete = text.entities
    .filter(
      (e) => CONCRETE_ENTITIES.has(e.type) && (/\d/.test(e.value) || NUMBER_PHRASE.test(e.value)),
    )
    .map((e) => e.value);
  return {
    words: text.wordCount,
    hedges: countPhrases(words, HEDGES),
    reasoningMarkers: countPhrases(words, REASONING),
    concreteDetails: [...new Set(concrete)],
    firstPerson: words.some((w) => w === 'i' || w === 'we' || w === 'my' || w === 'our'),
  };
}
