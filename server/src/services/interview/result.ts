import type { TextAnalyser } from '../../../../shared/interview/analysis';
import { questionById } from '../../../../shared/interview/bank/index';
import { analyseTurns, questionCoverage } from '../../../../shared/interview/coverage';
import { summariseIntegrity } from '../../../../shared/interview/integrity';
import type { InterviewResult } from '../../../../shared/interview/result';
import { suggestProfileUpdates } from '../../../../shared/interview/suggestions';
import type { EngineScoring } from './engine';
import type { InterviewSession } from './store';

/**
 * The stored result: the engine's scores plus what every engine shares, profile suggestions
 * (deterministic, from the answers) and the integrity summary (for reviewers, never for scores).
 */
export function buildResult(
  session: InterviewSession,
  scoring: EngineScoring,
  analyser: TextAnalyser,
  scoredAt: string,
): InterviewResult {
  const answered = session.turns.filter((t) => t.answer);
  const answers = answered.map((turn) => ({ turn, analysed: analyser.analyse(turn.answer!.text) }));
  const coverages = session.plan.items.flatMap((item) => {
    const question = questionById(item.questionId);
    return question ? [questionCoverage(question, analyseTurns(question, answered, analyser))] : [];
  });
  return {
    sessionId: session.id,
    expertId: session.expertId,
    engine: scoring.engine,
    rubricVersion: session.plan.rubricVersion,
    bankVersion: session.plan.bankVersion,
    scoredAt,
    scores: [...scoring.scores],
    overrides: session.result?.overrides ?? [],
    suggestions: suggestProfileUpdates(session.profile, answers, coverages),
    integrity: summariseIntegrity(session.turns, session.integrity),
  };
}
