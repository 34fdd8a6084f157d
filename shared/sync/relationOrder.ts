/**
 * The order in which to queue annotations that relate to one another: the platform accepts a
 * relation only to an annotation of the project it holds or receives in the same push, and a
 * large import goes out in several pushes. Queuing each annotation after the ones it points at
 * keeps every relation inside what the platform has already seen.
 */
interface Relating {
  readonly id: string;
  readonly body: { readonly relations?: readonly { readonly targetId: string }[] };
}

/**
 * The annotations with every relation target among them placed before its source, otherwise in
 * the order given (stable). A cycle cannot be ordered; it keeps the given order, and the push
 * that carries all of it is still accepted.
 */
export function targetsFirst<T extends Relating>(annotations: readonly T[]): T[] {
  const byId = new Map(annotations.map((a) => [a.id, a] as const));
  const placed = new Set<string>();
  const entered = new Set<string>();
  const out: T[] = [];
  for (const root of annotations) {
    // Depth-first without recursion: a chain of thousands of relations must not overflow.
    const stack: { node: T; next: number }[] = [{ node: root, next: 0 }];
    entered.add(root.id);
    while (stack.length > 0) {
      const top = stack.at(-1)!;
      const relations = top.node.body.relations ?? [];
      const relation = relations[top.next++];
      if (relation) {
        const target = byId.get(relation.targetId);
        if (target && !entered.has(target.id)) {
          entered.add(target.id);
          stack.push({ node: target, next: 0 });
        }
        continue;
      }
      stack.pop();
      if (!placed.has(top.node.id)) {
        placed.add(top.node.id);
        out.push(top.node);
      }
    }
  }
  return out;
}
