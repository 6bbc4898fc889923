/**
 * The key of one answer in the reader's self-check marks: its page id and number, e.g.
 * "streaming-sources/checkpoint-questions#1". The build writes it into each answer; the browser store
 * (lib/browser/self-check-store.ts) files marks under it.
 */
export const selfCheckKey = (pageId: string, n: number | string) => `${pageId}#${n}`;
