import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { addPolicyMeta } from './content-security-policy';

const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const policyOf = (html: string) => /http-equiv="content-security-policy" content="([^"]*)"/.exec(html)?.[1] ?? '';
const scriptSrc = (html: string) =>
  policyOf(html)
    .split('; ')
    .find((d) => d.startsWith('script-src ')) ?? '';

describe('addPolicyMeta', () => {
  const theme = '(function(){ document.documentElement.dataset.theme = "dark"; })();';
  const page = `<!DOCTYPE html><html><head><meta charset="utf-8"><script>${theme}</script><script type="module" src="/a.js"></script></head><body><script type="module">customElements.define("x-y", class extends HTMLElement {});</script></body></html>`;

  it('hashes every inline script, byte for byte, and no external one', () => {
    const out = addPolicyMeta(page, 'page.html');
    expect(scriptSrc(out)).toContain(hashOf(theme));
    expect(scriptSrc(out)).toContain(hashOf('customElements.define("x-y", class extends HTMLElement {});'));
    expect(scriptSrc(out).match(/'sha256-/g)).toHaveLength(2);
  });

  it('never allows inline scripts wholesale', () => {
    expect(scriptSrc(addPolicyMeta(page, 'page.html'))).not.toContain("'unsafe-inline'");
  });

  it('puts the policy right after the charset, before any script', () => {
    const out = addPolicyMeta(page, 'page.html');
    expect(out.indexOf('<meta charset="utf-8"><meta http-equiv="content-security-policy"')).toBeGreaterThan(0);
  });

  it('puts the policy first in <head> when the charset is not there', () => {
    const out = addPolicyMeta('<html><head><title>t</title></head><body></body></html>', 'page.html');
    expect(out).toMatch(/^<html><head><meta http-equiv="content-security-policy"/);
  });

  it('refuses a page that already has a policy, naming the file', () => {
    const twice = addPolicyMeta(page, 'page.html');
    expect(() => addPolicyMeta(twice, 'dist/a/index.html')).toThrow(/dist\/a\/index\.html: already has/);
  });
});
