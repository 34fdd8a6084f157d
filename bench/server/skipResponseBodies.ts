import PipelinedRequestsQueue from 'autocannon/lib/pipelinedRequestsQueue';

/**
 * autocannon 9 appends every chunk of every response body to a string
 * (PipelinedRequestsQueue.addBody) for `expectBody`, `verifyBody` and `onResponse`, none of which
 * this benchmark uses. For a 280 KB pull response that decoding and concatenation cost the load
 * generator more CPU than the server spent answering, and on a 2-core machine the load generator
 * shares the server's CPU: against bare Fastify sending a fixed 283 KB body, autocannon reached
 * 1,617 requests/s with it and 3,566 without. Bytes are still counted and responses still parsed
 * (status, headers, lengths); only the unused copy of the body goes.
 */
export function skipResponseBodies(): void {
  if (typeof PipelinedRequestsQueue.prototype.addBody !== 'function')
    throw new Error('autocannon no longer has PipelinedRequestsQueue.addBody: revisit this patch');
  PipelinedRequestsQueue.prototype.addBody = () => undefined;
}
