/**
 * Reads `key="value"` pairs from a code fence's meta string, e.g. ```tikz caption="Shards" alt="Three boxes…".
 * Figures take their caption and text alternative from here, so the MDX stays plain Markdown.
 */

/** The pairs in a fence's meta string. Values are double-quoted; `\"` stands for a quote inside one. */
export function parseFenceMeta(meta: string | null | undefined): Record<string, string> {
  const pairs: Record<string, string> = {};
  for (const match of (meta ?? '').matchAll(/([\w-]+)="((?:[^"\\]|\\.)*)"/g)) {
    pairs[match[1]!] = match[2]!.replace(/\\(.)/g, '$1');
  }
  return pairs;
}

/** Whether a fence's meta string carries a bare word such as `narrow` (outside any quoted value). */
export function hasFenceFlag(meta: string | null | undefined, flag: string): boolean {
  const words = (meta ?? '').replace(/([\w-]+)="(?:[^"\\]|\\.)*"/g, ' ').split(/\s+/);
  return words.includes(flag);
}

/** Where a fence is, as "path:line", for error messages. The path is relative to the project. */
export function fenceLocation(path: string | undefined, line: number | undefined): string {
  const relative = (path ?? 'unknown file').replace(`${process.cwd()}/`, '');
  return line === undefined ? relative : `${relative}:${line}`;
}
