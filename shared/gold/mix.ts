import { randomInt, seededRandom, shuffled } from './random';

export type QueueItem<T, G> =
  { readonly kind: 'task'; readonly item: T } | { readonly kind: 'gold'; readonly item: G };

export interface GoldMixOptions {
  /** Share of the mixed queue that is gold, 0 ≤ rate < 1 (0.1 = one item in ten). */
  readonly rate: number;
  /** Same seed, same queue: e.g. `${projectId}:${expertId}:${batch}`. */
  readonly seed: string;
  /** Gold ids this expert has already answered; a gold task is never shown twice. */
  readonly exclude?: ReadonlySet<string>;
}

/** How many gold items a queue of `tasks` real tasks gets at `rate` (rounded to nearest). */
export function goldCountFor(tasks: number, rate: number): number {
  if (!(rate >= 0 && rate < 1)) throw new RangeError('the gold rate must be in [0, 1)');
  return Math.round((tasks * rate) / (1 - rate));
}

/**
 * Mixes gold tasks (known answers) into an expert's queue, deterministic for a seed. The real tasks
 * keep their order; gold items are spread evenly — one in each equal stretch of the queue, at a
 * seeded position inside it — so they neither bunch up nor sit at predictable places. A queue
 * without real tasks gets no gold (a queue of only gold would give it away).
 */
export function mixGold<T, G extends { readonly id: string }>(
  tasks: readonly T[],
  gold: readonly G[],
  options: GoldMixOptions,
): QueueItem<T, G>[] {
  const random = seededRandom(options.seed);
  const fresh = gold.filter((g) => !options.exclude?.has(g.id));
  const count = Math.min(fresh.length, goldCountFor(tasks.length, options.rate));
  const picked = shuffled(fresh, random).slice(0, count);
  const length = tasks.length + count;
  const goldAt = new Set<number>();
  for (let i = 0; i < count; i++) {
    const from = Math.floor((i * length) / count);
    const to = Math.floor(((i + 1) * length) / count);
    goldAt.add(randomInt(random, from, to));
  }
  const queue: QueueItem<T, G>[] = [];
  let t = 0;
  let g = 0;
  for (let position = 0; position < length; position++) {
    if (goldAt.has(position)) queue.push({ kind: 'gold', item: picked[g++] as G });
    else queue.push({ kind: 'task', item: tasks[t++] as T });
  }
  return queue;
}
