import winkNLP, {
  type Detail,
  type ItsFunction,
  type ItemSentence,
  type ItemToken,
  type WinkMethods,
} from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { AnalysedText, Sentence, TextAnalyser, Token } from './analysis';

/** Shown in results so a score can be traced to the exact model that analysed the answers. */
export const WINK_MODEL_ID = 'wink-eng-lite-web-model@1.8.1';

const WORD_TYPES = new Set(['word', 'number', 'email', 'url', 'hashtag']);

/**
 * wink recognises its `its` functions by identity (a bound copy silently falls back to the raw
 * value), so they are passed as they are. Its typings declare them as methods and give `stem` an
 * addon signature; they are plain functions, typed here as such.
 */
interface Its {
  readonly normal: ItsFunction<string>;
  readonly stem: ItsFunction<string>;
  readonly type: ItsFunction<string>;
  readonly stopWordFlag: ItsFunction<boolean>;
  readonly negationFlag: ItsFunction<boolean>;
  readonly detail: ItsFunction<Detail>;
}

let shared: WinkMethods | undefined;

/** Loading the model takes about half a second, so one instance serves every analysis. */
function nlp(): WinkMethods {
  shared ??= winkNLP(model, ['sbd', 'negation', 'pos', 'ner']);
  return shared;
}

/**
 * The analyser the built-in engine and the follow-up rules use: wink-nlp with its bundled English
 * model (no network, no Node APIs, deterministic).
 */
export function createWinkAnalyser(): TextAnalyser {
  const cache = new Map<string, AnalysedText>();
  return {
    id: WINK_MODEL_ID,
    analyse(text: string): AnalysedText {
      const cached = cache.get(text);
      if (cached) return cached;
      const result = analyse(text);
      // Concept terms are analysed over and over; answers are not, so keep the cache small.
      if (text.length < 120 && cache.size < 5000) cache.set(text, result);
      return result;
    },
  };
}

function analyse(text: string): AnalysedText {
  const engine = nlp();
  const its = engine.its as unknown as Its;
  const doc = engine.readDoc(text);
  const sentences: Sentence[] = [];
  let cursor = 0;
  let wordCount = 0;
  doc.sentences().each((sentence: ItemSentence) => {
    const out = sentence.out();
    const found = text.indexOf(out, cursor);
    // wink's output is lossless, so it is found; the fallback keeps offsets honest if not.
    const start = found >= 0 ? found : cursor;
    const end = found >= 0 ? start + out.length : Math.min(text.length, cursor + out.length);
    cursor = end;
    const tokens: Token[] = [];
    sentence.tokens().each((token: ItemToken) => {
      // wink's normal form expands contractions (n't → not) but its stem does not, so prefer it there.
      const norm = token.out(its.normal);
      const stem = token.out(its.stem);
      const word = WORD_TYPES.has(token.out(its.type));
      if (word) wordCount += 1;
      tokens.push({
        norm,
        stem: stem.includes("'") && !norm.includes("'") ? norm : stem,
        stop: token.out(its.stopWordFlag) === true,
        word,
        negated: token.out(its.negationFlag) === true,
      });
    });
    sentences.push({ text: text.slice(start, end), start, end, tokens });
  });
  const entities = (doc.entities().out(its.detail) as Detail[]).map((detail) => ({
    type: detail.type,
    value: detail.value,
  }));
  return { text, sentences, entities, wordCount };
}
