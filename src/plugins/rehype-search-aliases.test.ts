import { describe, expect, it } from 'vitest';
import { aliasesFor, idContains } from './rehype-search-aliases';
import type { SearchSynonym } from '../lib/build/content-index';

const synonym = (name: string, aliases: string[]): SearchSynonym => ({
  name,
  aliases,
  file: 'g/guide.yaml',
  mustMatch: true,
});

describe('idContains', () => {
  it('matches whole hyphen-separated words only', () => {
    expect(idContains('amazon-kinesis-data-streams-kds', 'kinesis-data-streams')).toBe(true);
    expect(idContains('amazon-kinesis-data-streams-kds', 'kds')).toBe(true);
    expect(idContains('micro-batches-and-windows', 'micro-batch')).toBe(false);
    expect(idContains('anything', '')).toBe(false);
  });
});

describe('aliasesFor', () => {
  const synonyms = [
    synonym('Enhanced fan-out', ['EFO']),
    synonym('Amazon Data Firehose', ['Kinesis Data Firehose', 'KDF']),
    synonym('Kinesis Data Streams', ['KDS']),
  ];

  it('gives a heading the aliases of every name or alias its id contains, less those its text says', () => {
    expect(aliasesFor('enhanced-fan-out', 'Enhanced fan-out', synonyms)).toEqual(['EFO']);
    expect(aliasesFor('amazon-data-firehose', 'Amazon Data Firehose', synonyms)).toEqual([
      'Kinesis Data Firehose',
      'KDF',
    ]);
    expect(aliasesFor('amazon-kinesis-data-streams-kds', 'Amazon Kinesis Data Streams (KDS)', synonyms)).toEqual([]);
    expect(aliasesFor('related', 'Related', synonyms)).toEqual([]);
  });
});
