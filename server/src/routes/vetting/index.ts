import type { App, RouteContext } from '../types';
import { interviewRoutes } from './interview';
import { matchingRoutes } from './matching';
import { notificationRoutes } from './notifications';
import { profileRoutes } from './profile';

/** Profile and credentials, the interview, matching and the catalogue, notifications. */
export function vettingRoutes(app: App, context: RouteContext): void {
  profileRoutes(app, context);
  interviewRoutes(app, context);
  matchingRoutes(app, context);
  notificationRoutes(app, context);
}
