import { describe, expect, test } from 'vitest';
import { printedId, printedIdList, printedLink, type PrintedPage } from './print-edition.ts';

const page = (siteOriginIsReal = false): { print: PrintedPage } => ({
  print: {
    prefix: 'second--',
    path: '/guide/second/',
    prefixes: { '/guide/': 'overview--', '/guide/second/': 'second--', '/guide/glossary/': 'glossary--' },
    site: new URL('https://guide.example.org'),
    siteOriginIsReal,
  },
});

describe('print mode', () => {
  test('changes nothing outside the print edition', () => {
    expect(printedId({}, 'q1')).toBe('q1');
    expect(printedIdList({}, 'a b')).toBe('a b');
    expect(printedLink({}, '../other/#x')).toEqual({ href: '../other/#x' });
  });

  test("prefixes ids and id lists with the page's prefix", () => {
    expect(printedId(page(), 'q1')).toBe('second--q1');
    expect(printedIdList(page(), ' fig-text  note ')).toBe('second--fig-text second--note');
  });

  test('points links to pages of the edition, and anchors on them, into the edition', () => {
    expect(printedLink(page(), '#q1')).toEqual({ href: '#second--q1' });
    expect(printedLink(page(), '/guide/glossary/#shard')).toEqual({ href: '#glossary--shard' });
    expect(printedLink(page(), '../')).toEqual({ href: '#overview--top' });
  });

  test('gives every other link its address to print: a path, or absolute when the origin is real', () => {
    expect(printedLink(page(), '../../other-guide/#x')).toEqual({
      href: '/other-guide/#x',
      'data-print-url': '/other-guide/#x',
    });
    expect(printedLink(page(true), '/other-guide/')).toEqual({
      href: '/other-guide/',
      'data-print-url': 'https://guide.example.org/other-guide/',
    });
    expect(printedLink(page(), 'https://docs.aws.amazon.com/streams/')).toEqual({
      href: 'https://docs.aws.amazon.com/streams/',
      'data-print-url': 'https://docs.aws.amazon.com/streams/',
    });
  });
});
