import { describe, expect, it } from 'vitest';
import { attribute, attributes, elements, parseHtml, rawText } from './html-tree.ts';

describe('html-tree', () => {
  const doc = parseHtml(
    '<html><head><meta http-equiv="refresh" content="0"><script>let a = "<b>";</script></head>' +
      '<body><img srcset="a.png 1x, b.png 2x" class="x y" hidden><template><p id="in">t</p></template></body></html>',
  );
  const all = [...elements(doc)];
  const by = (tag: string) => all.find((el) => el.tagName === tag)!;

  it('reads attributes by their HTML names, as written', () => {
    expect(attribute(by('meta'), 'http-equiv')).toBe('refresh');
    expect(attribute(by('img'), 'srcset')).toBe('a.png 1x, b.png 2x');
    expect(attribute(by('img'), 'class')).toBe('x y');
    expect(attribute(by('img'), 'hidden')).toBe('');
    expect(attribute(by('img'), 'src')).toBeUndefined();
    expect(attributes(by('img')).map((a) => a.name)).toEqual(['srcset', 'class', 'hidden']);
  });

  it('gives script text raw, and walks into <template>', () => {
    expect(rawText(by('script'))).toBe('let a = "<b>";');
    expect(all.some((el) => attribute(el, 'id') === 'in')).toBe(true);
  });
});
