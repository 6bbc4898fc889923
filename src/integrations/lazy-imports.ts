/**
 * Lazy `import()`s load only the chunk they name, with no preload helper on every page.
 *
 * Vite wraps each dynamic import in `__vitePreload(() => import(…), deps)`, whose helper (0.9 KB gzipped) preloads
 * the chunk's JavaScript dependencies and CSS. With `build.modulePreload: false` it preloads no JavaScript, but the
 * helper still ships, on every page, because the page chrome lazily imports the search UI. This swaps the helper's
 * module for one line that just runs the import. That is only right while no lazily imported chunk needs CSS (the
 * helper's other job), so the build fails, naming the chunk, if one ever does.
 *
 * Runs at build time, inside Vite.
 */
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';

/** Vite's id for the helper module (vite/src/node/plugins/importAnalysisBuild.ts). */
const PRELOAD_HELPER_ID = '\0vite/preload-helper.js';

function vitePlugin(): Plugin {
  return {
    name: 'lazy-imports-without-preload',
    enforce: 'pre',
    apply: 'build',
    // Only the browser's bundle: the server build that renders the pages lazily imports them with their CSS.
    applyToEnvironment: (environment) => environment.config.consumer === 'client',
    load(id) {
      if (id === PRELOAD_HELPER_ID) return 'export const __vitePreload = (load) => load();';
    },
    generateBundle(_options, bundle) {
      const lazilyImported = new Set(
        Object.values(bundle).flatMap((file) => (file.type === 'chunk' ? file.dynamicImports : [])),
      );
      for (const name of lazilyImported) {
        const chunk = bundle[name];
        const css = chunk?.type === 'chunk' ? [...(chunk.viteMetadata?.importedCss ?? [])] : [];
        if (css.length > 0) {
          this.error(`${name} is imported lazily and needs CSS (${css.join(', ')}), which nothing would load`);
        }
      }
    },
  };
}

export function lazyImports(): AstroIntegration {
  return {
    name: 'lazy-imports',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => updateConfig({ vite: { plugins: [vitePlugin()] } }),
    },
  };
}
