import type { Annotation } from '../model/annotation';
import type { ReviewDecision } from './decisions';

/**
 * The work an approval accepts: accepted annotations as submitted, corrected ones with the
 * reviewer's change applied, rejected ones left out. Annotations without a decision are kept
 * (reviewOutcome refuses such a review, so this only matters to callers that skip it).
 */
export function approvedAnnotations(
  submitted: readonly Annotation[],
  decisions: readonly ReviewDecision[],
): Annotation[] {
  const byId = new Map(decisions.map((d) => [d.annotationId as string, d]));
  const out: Annotation[] = [];
  for (const annotation of submitted) {
    const decision = byId.get(annotation.id);
    if (decision?.verdict === 'reject') continue;
    if (decision?.verdict === 'correct' && decision.correction)
      out.push({
        ...annotation,
        ...(decision.correction.target ? { target: decision.correction.target } : {}),
        ...(decision.correction.body ? { body: decision.correction.body } : {}),
      });
    else out.push(annotation);
  }
  return out;
}
