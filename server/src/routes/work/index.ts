import type { App, RouteContext } from '../types';
import { workPayRoutes } from './pay';
import { workQueueRoutes } from './queue';
import { workReviewRoutes } from './review';

/** Issue 8's routes: the work queue, submission, review, gold, agreement, time and pay. */
export function workRoutes(app: App, context: RouteContext): void {
  workQueueRoutes(app, context);
  workReviewRoutes(app, context);
  workPayRoutes(app, context);
}
