import { TypeBoxValidatorCompiler } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { describe, expect, it } from 'vitest';
import { Strict } from './schemas';
import { validatorCompiler } from './validatorCompiler';

const uuid = '0190f3c2-1111-7000-8000-000000000000';
const query = Strict({
  projectId: Type.String({ minLength: 36, maxLength: 36 }),
  cursor: Type.Optional(Type.String({ maxLength: 64 })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })),
  ratio: Type.Optional(Type.Number()),
  all: Type.Optional(Type.Boolean()),
});

function both(schema: Parameters<typeof validatorCompiler>[0]['schema'], httpPart = 'querystring') {
  const route = { schema, httpPart, method: 'GET', url: '/x' };
  return { ours: validatorCompiler(route), theirs: TypeBoxValidatorCompiler(route) };
}

/** The result in a comparable form: the value, or only that it failed. */
function outcome(result: unknown): unknown {
  const r = result as { value?: unknown; error?: unknown };
  return r.error ? 'error' : r.value;
}

describe('validatorCompiler', () => {
  const inputs: Record<string, unknown>[] = [
    { projectId: uuid },
    { projectId: uuid, limit: '500', cursor: 'v1.abc' },
    { projectId: uuid, limit: '0' },
    { projectId: uuid, limit: '-0' },
    { projectId: uuid, limit: '1001' },
    { projectId: uuid, limit: '1.5' },
    { projectId: uuid, limit: '1e3' },
    { projectId: uuid, limit: ' 5' },
    { projectId: uuid, limit: '' },
    { projectId: uuid, limit: '0x10' },
    { projectId: uuid, limit: 'true' },
    { projectId: uuid, limit: ['1', '2'] },
    { projectId: uuid, ratio: '2.25' },
    { projectId: uuid, ratio: '-0.5' },
    { projectId: uuid, ratio: '.5' },
    { projectId: uuid, all: 'true' },
    { projectId: uuid, all: 'false' },
    { projectId: uuid, all: 'TRUE' },
    { projectId: uuid, all: '1' },
    { projectId: uuid, extra: 'x' },
    { projectId: 'short' },
    { limit: '5' },
    {},
  ];

  it.each(inputs)('accepts and converts exactly as TypeBox does: %j', (input) => {
    const { ours, theirs } = both(query);
    expect(outcome(ours({ ...input }))).toEqual(outcome(theirs({ ...input })));
  });

  it('converts the common querystring without TypeBox’s Convert', () => {
    const { ours } = both(query);
    expect(ours({ projectId: uuid, limit: '500', all: 'true' })).toEqual({
      value: { projectId: uuid, limit: 500, all: true },
    });
  });

  it('leaves schemas it cannot be sure of to TypeBox', () => {
    const union = Type.Object({ n: Type.Union([Type.Number(), Type.String()]) });
    const { ours, theirs } = both(union);
    expect(ours({ n: '5' })).toEqual(theirs({ n: '5' }));
    const body = both(query, 'body');
    expect(outcome(body.ours({ projectId: uuid, limit: '5' }))).toBe('error');
  });
});
