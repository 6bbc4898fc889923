/**
 * Options for rehype-autolink-headings: a "#" link after every h2–h4, labelled for screen readers.
 * The link is appended (not wrapped) so the heading text stays plain text for search and for the TOC.
 */
import type { Element, ElementContent } from 'hast';
import { toString } from 'hast-util-to-string';
import type { Options } from 'rehype-autolink-headings';

export const headingAnchorOptions: Options = {
  behavior: 'append',
  test: ['h2', 'h3', 'h4'],
  properties: (heading: Element) => ({
    className: ['heading-anchor'],
    ariaLabel: `Link to this section: ${toString(heading)}`,
    // Search indexes the heading, not the anchor's label.
    dataPagefindIgnore: 'all',
  }),
  content: (): ElementContent[] => [
    { type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '#' }] },
  ],
};
