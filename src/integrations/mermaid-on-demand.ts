/**
 * astro-mermaid, but with its browser script shipped only to pages that have a diagram.
 *
 * astro-mermaid injects its renderer into every page (`injectScript('page')`), plus a script that adds a loading
 * skeleton stylesheet. Here its setup runs as usual (so its remark plugin still turns ```mermaid fences into
 * <pre class="mermaid">), but the injected scripts are caught: the renderer becomes the module
 * `virtual:mermaid-renderer`, which src/components/MermaidDiagrams.astro imports only on pages that need it, and
 * the skeleton styles are dropped (our own figure styles live in global.css).
 */
import type { AstroIntegration } from 'astro';
import astroMermaid, { type AstroMermaidOptions } from 'astro-mermaid';

const MODULE_ID = 'virtual:mermaid-renderer';
const RESOLVED_ID = `\0${MODULE_ID}`;

export function mermaidOnDemand(options: AstroMermaidOptions = {}): AstroIntegration {
  const inner = astroMermaid(options);
  return {
    name: 'mermaid-on-demand',
    hooks: {
      'astro:config:setup': async (params) => {
        const pageScripts: string[] = [];
        await inner.hooks['astro:config:setup']?.({
          ...params,
          injectScript: (stage, content) => {
            if (stage !== 'page') throw new Error(`astro-mermaid injected an unexpected "${stage}" script`);
            pageScripts.push(content);
          },
        });
        // The first page script is the renderer; the second only adds skeleton styles.
        const [renderer] = pageScripts;
        if (!renderer) throw new Error('astro-mermaid did not inject its renderer script');
        params.updateConfig({
          vite: {
            plugins: [
              {
                name: 'mermaid-renderer-module',
                resolveId: (id: string) => (id === MODULE_ID ? RESOLVED_ID : undefined),
                load: (id: string) => (id === RESOLVED_ID ? renderer : undefined),
              },
            ],
          },
        });
      },
    },
  };
}
