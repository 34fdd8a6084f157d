import { Compile } from 'typebox/compile';
import type { TSchema } from 'typebox';
import { contract, events, type Channel, type EventName } from './contract';

export class InvalidMessage extends Error {
  override readonly name = 'InvalidMessage';
}

interface Checker {
  Check(value: unknown): boolean;
  Errors(value: unknown): Iterable<{ instancePath: string; message: string }>;
}

const cache = new Map<TSchema, Checker>();

function checkerFor(schema: TSchema): Checker {
  let checker = cache.get(schema);
  if (!checker) {
    checker = Compile(schema);
    cache.set(schema, checker);
  }
  return checker;
}

function describe(checker: Checker, value: unknown): string {
  const first = [...checker.Errors(value)].slice(0, 3);
  return first.map((e) => `${e.instancePath || '/'} ${e.message}`).join('; ');
}

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && Object.hasOwn(contract, value);
}

export function isEventName(value: unknown): value is EventName {
  return typeof value === 'string' && Object.hasOwn(events, value);
}

function assertValid(schema: TSchema, value: unknown, what: string): void {
  const checker = checkerFor(schema);
  if (!checker.Check(value)) throw new InvalidMessage(`${what}: ${describe(checker, value)}`);
}

/** Validates a request on arrival, before any handler sees it. */
export function validateRequest(channel: unknown, request: unknown): Channel {
  if (!isChannel(channel))
    throw new InvalidMessage(`unknown channel ${String(channel).slice(0, 80)}`);
  assertValid(contract[channel].request, request, `invalid request for ${channel}`);
  return channel;
}

/** Validates a handler's answer too, so a bug can never send the renderer more than the schema allows. */
export function validateResponse(channel: Channel, response: unknown): void {
  assertValid(contract[channel].response, response, `invalid response from ${channel}`);
}

export function validateEvent(event: EventName, payload: unknown): void {
  assertValid(events[event], payload, `invalid payload for event ${event}`);
}
