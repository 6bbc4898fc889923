/**
 * Every page asks for its guide's pages (sidebar, previous/next, study tools), its glossary and the list of guides
 * (the footer). Each getCollection() call walks and copies a whole collection, so asking it once per page made a
 * build quadratic in the page count. While a site is built the collections never change, so what is gathered from
 * them is kept for the rest of the build; `astro dev` gathers it afresh on every call, since content may change.
 */
export function oncePerBuild<T>(gather: () => Promise<T>): () => Promise<T> {
  let gathered: Promise<T> | undefined;
  return () => (import.meta.env.DEV ? gather() : (gathered ??= gather()));
}
