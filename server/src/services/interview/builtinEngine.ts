import type { TextAnalyser } from '../../../../shared/interview/analysis';
import { questionById } from '../../../../shared/interview/bank/index';
import { BUILTIN_RULES_VERSION, scoreInterview } from '../../../../shared/interview/score';
import { createWinkAnalyser } from '../../../../shared/interview/winkAnalyser';
import type { InterviewEngine } from './engine';

/**
 * The default engine: rubric concepts matched with wink-nlp's bundled English model. No network,
 * no model to configure, same answers → same scores; the oracle the model engine is tested against.
 */
export function createBuiltinEngine(
  analyser: TextAnalyser = createWinkAnalyser(),
): InterviewEngine {
  const info = {
    engine: 'builtin',
    model: analyser.id,
    promptVersion: BUILTIN_RULES_VERSION,
  } as const;
  return {
    info,
    score({ plan, turns }) {
      // Synchronous and quick (tens of milliseconds), so a promise only for the shared interface.
      return Promise.resolve({
        engine: info,
        scores: scoreInterview({ plan, turns, questionById }, analyser),
      });
    },
  };
}
