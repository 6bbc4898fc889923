/**
 * Ids that stay unique on a page however often a component renders there (for aria-describedby and the like).
 * The counters live in the page's own `Astro.locals` (as Starlight's Tabs keeps its ids), never in a module-level
 * variable: a build renders every page in one process, so a shared counter would make a page's ids depend on how
 * many pages were rendered before it, and adding a page would change the HTML of others.
 */
export interface UniqueIdState {
  /** How many ids each prefix has handed out on this page. */
  uniqueIds?: Map<string, number>;
}

/** `prefix-N`, where N counts the ids with this prefix on this page only: "term-shard-1", "term-shard-2", … */
export function nextUniqueId(locals: UniqueIdState, prefix: string): string {
  const counters = (locals.uniqueIds ??= new Map());
  const n = (counters.get(prefix) ?? 0) + 1;
  counters.set(prefix, n);
  return `${prefix}-${n}`;
}
