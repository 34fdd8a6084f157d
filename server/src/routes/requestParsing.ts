import type { FastifyReply, FastifyRequest } from 'fastify';
import { ServiceError } from '../services/core/errors';
import { parseJsonBody, parseQueryString } from './jsonBody';
import type { App } from './types';

/** Set on a parsed query whose text was not valid; the door hook refuses the request with it. */
const QUERY_PROBLEM = Symbol('queryProblem');

/**
 * Fastify's query parser keeps a malformed escape as its raw text (`%ff` stays `%ff`), so a
 * value could mean something other than what was sent. This one marks the query instead; it must
 * not throw (it runs inside the router).
 */
export function strictQuerystringParser(query: string): Record<string, unknown> {
  const parsed = parseQueryString(query);
  if (parsed.ok) return parsed.value;
  const marked: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  Object.defineProperty(marked, QUERY_PROBLEM, { value: parsed.message });
  return marked;
}

/** Why the request's query string was refused, if it was. */
export function queryProblem(query: unknown): string | undefined {
  if (typeof query !== 'object' || query === null) return undefined;
  const problem: unknown = Reflect.get(query, QUERY_PROBLEM);
  return typeof problem === 'string' ? problem : undefined;
}

/** Errors the router raises before any hook runs (a path that is not valid percent-encoding). */
export function frameworkErrors(
  error: { code?: string },
  _request: FastifyRequest,
  reply: FastifyReply,
): void {
  const message =
    error.code === 'FST_ERR_MAX_PARAM_LENGTH'
      ? 'a path segment is too long'
      : 'the path is not valid percent-encoded UTF-8';
  void reply.code(400).send({ error: 'badRequest', message });
}

/** Every JSON body goes through the strict parser (UTF-8, nesting, prototype keys). */
export function registerJsonParser(app: App): void {
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (_request, body, done) => {
    const parsed = parseJsonBody(body as Buffer);
    if (parsed.ok) done(null, parsed.value);
    else done(new ServiceError('badRequest', parsed.message), undefined);
  });
}
