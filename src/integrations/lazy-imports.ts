/**
 * Lazy `import()`s load only the chunk they name: no preload helper on every page and no dependency lists.
 *
 * Vite wraps each dynamic import in `__vitePreload(() => import(…), deps)`, whose helper (0.9 KB gzipped) adds
 * <link rel="modulepreload"> for the chunk's dependencies and <link rel="stylesheet"> for its CSS. Here the browser
 * simply follows each lazily loaded chunk's own imports, so the dependency lists are left empty (Vite's
 * `modulePreload.resolveDependencies`) and the helper's module becomes one line that runs the import. That is only
 * right while no lazily imported chunk needs CSS (the helper's other job), so the build fails, naming the chunk, if
 * one ever does. The page chrome's lazy search UI was what put the helper on every page.
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
    // No dependency lists either: each import() names its chunk, and the browser follows that chunk's own imports.
    config: () => ({ build: { modulePreload: { polyfill: false, resolveDependencies: () => [] } } }),
    load(id) {
      return id === PRELOAD_HELPER_ID ? 'export const __vitePreload = (load) => load();' : null;
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
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { plugins: [vitePlugin()] } });
      },
    },
  };
}
