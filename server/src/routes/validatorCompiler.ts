import { TypeBoxValidatorCompiler } from '@fastify/type-provider-typebox';
import { Compile } from 'typebox/compile';

type Compiler = typeof TypeBoxValidatorCompiler;
type Converter = (value: unknown) => Record<string, unknown> | undefined;

/** Canonical decimal numerals: the only strings the fast path converts (TypeBox agrees on these). */
const INTEGER = /^-?(?:0|[1-9][0-9]{0,14})$/;
const DECIMAL = /^-?(?:0|[1-9][0-9]{0,14})(?:\.[0-9]{1,15})?$/;
const SCALARS = new Set(['string', 'integer', 'number', 'boolean']);

function convertScalar(type: string, raw: unknown): unknown {
  if (typeof raw !== 'string') return undefined;
  if (type === 'string') return raw;
  if (type === 'integer') return INTEGER.test(raw) ? Number(raw) : undefined;
  if (type === 'number') return DECIMAL.test(raw) ? Number(raw) : undefined;
  return raw === 'true' ? true : raw === 'false' ? false : undefined;
}

/**
 * A converter for the shape querystrings and params have: an object of plain scalars (no unions,
 * enums or constants, whose conversion TypeBox may decide differently). Anything it is not sure
 * of (an unknown key, a repeated parameter, a numeral in another spelling) returns undefined,
 * and the caller falls back to TypeBox's own Value.Convert.
 */
function scalarObjectConverter(schema: unknown): Converter | undefined {
  const s = schema as { type?: unknown; properties?: Record<string, Record<string, unknown>> };
  if (s.type !== 'object' || !s.properties) return undefined;
  const types = new Map<string, string>();
  for (const [key, property] of Object.entries(s.properties)) {
    const simple = Object.keys(property).every(
      (k) => !['anyOf', 'oneOf', 'allOf', 'not', 'const', 'enum', '$ref'].includes(k),
    );
    if (typeof property.type !== 'string' || !SCALARS.has(property.type) || !simple)
      return undefined;
    types.set(key, property.type);
  }
  return (value) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
    const out: Record<string, unknown> = {};
    for (const [key, raw] of Object.entries(value)) {
      const type = types.get(key);
      const converted = type === undefined ? undefined : convertScalar(type, raw);
      if (converted === undefined) return undefined;
      out[key] = converted;
    }
    return out;
  };
}

/**
 * TypeBoxValidatorCompiler with a fast path. The provider's compiler runs TypeBox's interpreted
 * Value.Convert over every querystring and params object (~70 µs for the pull querystring, more
 * than the rest of a cached pull's handling). Here the common shape is converted by a small
 * precomputed function and checked by the same compiled schema; whatever it declines goes
 * through the provider's compiler unchanged, so accepted values and errors stay TypeBox's.
 */
export const validatorCompiler: Compiler = (route) => {
  const slow = TypeBoxValidatorCompiler(route);
  const convert = route.httpPart === 'body' ? undefined : scalarObjectConverter(route.schema);
  if (!convert) return slow;
  const check = Compile(route.schema as Parameters<typeof Compile>[0]);
  return (value) => {
    const converted = convert(value);
    if (converted !== undefined && check.Check(converted)) return { value: converted };
    return slow(value);
  };
};
