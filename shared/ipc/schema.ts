import Type, { type TProperties } from 'typebox';

/** Raw bytes. JSON Schema has no binary type, so this is checked by refinement. */
export const Bytes = Type.Unsafe<Uint8Array>(
  Type.Refine(
    Type.Unknown(),
    (value) => value instanceof Uint8Array,
    () => 'must be bytes (Uint8Array)',
  ),
);

/** An object that refuses properties it does not declare. */
export function Strict<P extends TProperties>(properties: P) {
  return Type.Object(properties, { additionalProperties: false });
}

export const Empty = Strict({});
