import type { Compilable, CompiledQuery, Kysely, QueryResult } from 'kysely';
import type { Database } from './schema';

/**
 * A query Kysely builds and compiles once per database, then runs with new parameters. Building
 * and compiling a join costs tens of microseconds on every call; for the few queries every
 * request runs (the access check) that is a measurable share of a cached pull.
 *
 * `build` is called once with stand-ins for the parameters; each stand-in found among the compiled
 * query's parameters is replaced by the real value on every run, and any other compiled parameter
 * (a constant in the query) is kept. A stand-in used twice, or not at all, is refused.
 */
export function compiledOnce<P extends readonly string[], O>(
  build: (db: Kysely<Database>, ...params: P) => Compilable<O>,
) {
  const compiled = new WeakMap<Kysely<Database>, { query: CompiledQuery<O>; slots: number[] }>();
  return async (db: Kysely<Database>, ...params: P): Promise<QueryResult<O>> => {
    let entry = compiled.get(db);
    if (!entry) {
      const standIns = params.map((_, i) => `\u0000compiledOnce${i}\u0000`) as unknown as P;
      const query = build(db, ...standIns).compile();
      const slots = query.parameters.map((p) => standIns.indexOf(p as string));
      for (let i = 0; i < params.length; i++)
        if (slots.filter((s) => s === i).length !== 1)
          throw new Error(`compiledOnce: parameter ${i} must appear exactly once`);
      entry = { query, slots };
      compiled.set(db, entry);
    }
    const { query, slots } = entry;
    const parameters = slots.map((slot, i) => (slot < 0 ? query.parameters[i] : params[slot]));
    return db.executeQuery({ ...query, parameters });
  };
}
