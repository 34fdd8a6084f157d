/** Response and parameter schemas the routes share (the wire schemas live in shared/platform). */
import Type from 'typebox';

export const Strict = <P extends Parameters<typeof Type.Object>[0]>(properties: P) =>
  Type.Object(properties, { additionalProperties: false });

export * from '../../../shared/platform/schemas';
