import type { TSchema } from 'typebox';
import { describe, expect, it } from 'vitest';
import { operations } from '../platform/operations';
import { contract, events } from './contract';

const SECRET_PATTERN =
  /token|secret|password|passwd|authori[sz]ation|cookie|credential|bearer|apikey|api_key|session_?id/i;
/**
 * Names that match the pattern but are not secrets: a project's licence requirements, an
 * expert's professional credentials (bar admissions, medical licences) in the vetting profile,
 * and the id of an interview attempt (a record id that grants nothing; the account is checked).
 */
const NOT_SECRETS = new Set([
  'requiredCredentials',
  'credentials',
  'credential',
  'sessionId',
  'resumeSessionId',
]);
const SECRET = {
  test: (name: string): boolean => SECRET_PATTERN.test(name) && !NOT_SECRETS.has(name),
};

/** Every property name a schema allows, at any depth (objects, arrays, unions, records). */
function propertyNames(schema: unknown, seen = new Set<unknown>()): string[] {
  if (!schema || typeof schema !== 'object' || seen.has(schema)) return [];
  seen.add(schema);
  const node = schema as Record<string, unknown>;
  const names: string[] = [];
  if (node.properties && typeof node.properties === 'object') {
    for (const [name, child] of Object.entries(node.properties))
      names.push(name, ...propertyNames(child, seen));
  }
  for (const key of [
    'items',
    'anyOf',
    'oneOf',
    'allOf',
    'patternProperties',
    'additionalProperties',
    'not',
  ]) {
    const child = node[key];
    if (Array.isArray(child)) for (const c of child) names.push(...propertyNames(c, seen));
    else if (child && typeof child === 'object') {
      names.push(
        ...(key === 'patternProperties'
          ? Object.values(child).flatMap((c) => propertyNames(c, seen))
          : propertyNames(child, seen)),
      );
    }
  }
  return names;
}

describe('no token crosses the bridge', () => {
  it('no response of any channel can carry a field named like a credential', () => {
    for (const [channel, spec] of Object.entries(contract)) {
      const offending = propertyNames(spec.response).filter((name) => SECRET.test(name));
      expect(offending, channel).toEqual([]);
    }
  });

  it('no event can carry one either', () => {
    for (const [event, schema] of Object.entries(events)) {
      expect(
        propertyNames(schema as TSchema).filter((name) => SECRET.test(name)),
        event,
      ).toEqual([]);
    }
  });

  it('platform:call passes on only answers that match an operation schema, and none of those has one', () => {
    for (const [op, spec] of Object.entries(operations)) {
      expect(
        propertyNames(spec.response).filter((name) => SECRET.test(name)),
        op,
      ).toEqual([]);
    }
  });

  it('responses are closed objects, so an extra token field would be refused at validation', () => {
    const open = Object.entries(contract).filter(([, spec]) => {
      const response = spec.response as {
        type?: string;
        additionalProperties?: unknown;
        anyOf?: unknown[];
      };
      const branches = (response.anyOf ?? [response]) as {
        type?: string;
        additionalProperties?: unknown;
      }[];
      return branches.some((b) => b.type === 'object' && b.additionalProperties !== false);
    });
    expect(open.map(([channel]) => channel)).toEqual([]);
  });

  it('the guard itself finds a credential-like field where there is one', () => {
    expect(
      propertyNames({
        type: 'object',
        properties: { user: { type: 'object', properties: { accessToken: {} } } },
      }),
    ).toContain('accessToken');
  });
});
