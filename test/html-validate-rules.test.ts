import { describe, expect, it } from 'vitest';
import { HtmlValidate } from 'html-validate';
import config from '../.htmlvalidate.mjs';

const page = (after = '') =>
  `<!DOCTYPE html><html lang="en"><head><title>t</title></head><body><p>x</p></body></html>${after}`;

describe('site/no-content-after-html', () => {
  const validator = new HtmlValidate(config);
  const problems = async (source: string) =>
    (await validator.validateString(source)).results.flatMap((r) => r.messages.map((m) => m.ruleId));

  it('rejects an element after </html>, as a script after an Astro layout would put it', async () => {
    expect(await problems(page('<script type="module" src="/x.js"></script>'))).toContain('site/no-content-after-html');
  });

  it('accepts a page that ends at </html>', async () => {
    expect(await problems(page('\n'))).not.toContain('site/no-content-after-html');
  });
});
