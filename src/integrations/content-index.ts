/**
 * Keeps the content index (src/lib/build/content-index.ts) current in `astro dev`: the link and glossary checks
 * read an index built once, and this drops it whenever a file in the content folder is added, changed or removed,
 * so the next MDX compile reads the folder again. A build never needs it: its content does not change mid-build.
 */
import { resolve, sep } from 'node:path';
import type { AstroIntegration } from 'astro';
import { invalidateContentIndex } from '../lib/build/content-index.ts';

export function contentIndexWatcher({ contentDir }: { contentDir: string }): AstroIntegration {
  const root = resolve(contentDir) + sep;
  return {
    name: 'content-index-watcher',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.watcher.add(root);
        server.watcher.on('all', (_event, path) => {
          if (resolve(path).startsWith(root)) invalidateContentIndex();
        });
      },
    },
  };
}
