import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, test } from 'vitest';
import { MIN_LENGTH, rehypeBreakIdentifiers, splitAtHumps } from './rehype-break-identifiers.ts';

const run = (html: string) => {
  const tree = fromHtml(html, { fragment: true }) as Root;
  rehypeBreakIdentifiers()(tree);
  return toHtml(tree);
};

describe('rehypeBreakIdentifiers', () => {
  test('puts a <wbr> at each hump of a long camel-case identifier, in code or in prose', () => {
    expect(run('<td><code>ProvisionedThroughputExceededException</code></td>')).toBe(
      '<td><code>Provisioned<wbr>Throughput<wbr>Exceeded<wbr>Exception</code></td>',
    );
    expect(run('<p>Watch for ReadProvisionedThroughputExceeded errors.</p>')).toBe(
      '<p>Watch for Read<wbr>Provisioned<wbr>Throughput<wbr>Exceeded errors.</p>',
    );
  });

  test('leaves short words, all-capital words and plain long words alone', () => {
    for (const html of [
      '<p>GetRecords and PutRecords</p>',
      '<p>AWSKMSKEYIDENTIFIERSFOREVERYONE</p>',
      '<p>internationalisation-ready</p>',
    ])
      expect(run(html)).toBe(html);
  });

  test('keeps preformatted code, math and drawings byte for byte', () => {
    for (const html of [
      '<pre><code>ProvisionedThroughputExceededException</code></pre>',
      '<span class="katex">ProvisionedThroughputExceededException</span>',
      '<svg><text>ProvisionedThroughputExceededException</text></svg>',
    ])
      expect(run(html)).toBe(html);
  });

  test('the text reads the same with the breaks removed, and no hump is left unbroken', () => {
    const samples = [
      'a ProvisionedThroughputExceededException b',
      'KinesisDataStreamsShardIteratorAge, then GetShardIteratorRequestWithTimestamp.',
      'x'.repeat(MIN_LENGTH - 1) + 'Y',
      'abcdefghijklmnopqrsT' + 'uvwxyzAbc',
    ];
    for (const text of samples) {
      const parts = splitAtHumps(text) ?? [{ type: 'text', value: text }];
      expect(parts.map((part) => (part.type === 'text' ? part.value : '')).join('')).toBe(text);
      // No piece left between two breaks still has a hump to break at.
      for (const part of parts) if (part.type === 'text') expect(splitAtHumps(part.value)).toBeUndefined();
    }
  });
});
