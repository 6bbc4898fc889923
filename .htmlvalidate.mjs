/** html-validate settings for the built pages (`npm run test:html` checks every HTML file in dist/). */
import { defineConfig, Rule } from 'html-validate';

/**
 * Nothing may follow </html>. Browsers move such content into <body> by error recovery and html-validate's own
 * rules do not notice, but the W3C checker rejects the page (a <script> placed after an Astro layout did this).
 */
class NoContentAfterHtml extends Rule {
  documentation() {
    return { description: 'Every element must be inside <html>; put scripts inside the layout, not after it.' };
  }
  setup() {
    let closed = false;
    this.on('dom:load', () => (closed = false));
    this.on('tag:end', (event) => {
      if (event.previous?.tagName === 'html') closed = true;
    });
    this.on('tag:start', (event) => {
      if (closed) this.report(event.target, `<${event.target.tagName}> follows </html>`, event.location);
    });
  }
}

export default defineConfig({
  plugins: [{ name: 'site-rules', rules: { 'site/no-content-after-html': NoContentAfterHtml } }],
  extends: ['html-validate:recommended'],
  rules: {
    // A page title is "<page> | <guide>": the page's own words come first, so a search result that cuts the
    // title short still shows them. A 70-character cap would force cryptic page titles.
    'long-title': 'off',
    // Syntax highlighting, KaTeX and TikZ output size and colour their markup with style attributes; the
    // Content-Security-Policy allows styles (see src/integrations/content-security-policy.ts).
    'no-inline-style': 'off',
    'site/no-content-after-html': 'error',
  },
});
