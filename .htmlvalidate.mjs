/** html-validate settings for the built pages (`npm run test:html` checks every HTML file in dist/). */
import { defineConfig } from 'html-validate';

export default defineConfig({
  extends: ['html-validate:recommended'],
  rules: {
    // A page title is "<page> | <guide>": the page's own words come first, so a search result that cuts the
    // title short still shows them. A 70-character cap would force cryptic page titles.
    'long-title': 'off',
    // Syntax highlighting, KaTeX and TikZ output size and colour their markup with style attributes; the
    // Content-Security-Policy allows styles (see src/integrations/content-security-policy.ts).
    'no-inline-style': 'off',
  },
});
