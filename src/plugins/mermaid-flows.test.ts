import { describe, expect, test } from 'vitest';
import { describeFlows, flowsOf } from './mermaid-flows.ts';

describe('flowsOf', () => {
  test('names nodes by their labels and keeps edge labels', () => {
    const chart = [
      'flowchart TB',
      '  subgraph src["Sources"]',
      '    ddb["DynamoDB<br/>Streams"]',
      '  end',
      '  s3[("Amazon S3")]',
      '  msk["Amazon MSK<br/>(with MSK Connect)"]',
      '  app[Applications] --> msk',
      '  ddb --> kds["Kinesis Data Streams"]',
      '  ddb -- "direct trigger" --> lambda',
      '  kds -->|delivers| s3',
    ].join('\n');
    expect(flowsOf(chart)).toEqual([
      { from: 'Applications', to: 'Amazon MSK (with MSK Connect)' },
      { from: 'DynamoDB Streams', to: 'Kinesis Data Streams' },
      { from: 'DynamoDB Streams', to: 'lambda', label: 'direct trigger' },
      { from: 'Kinesis Data Streams', to: 'Amazon S3', label: 'delivers' },
    ]);
    expect(describeFlows(flowsOf(chart))).toEqual([
      'Applications → Amazon MSK (with MSK Connect)',
      'DynamoDB Streams → Kinesis Data Streams, lambda (direct trigger)',
      'Kinesis Data Streams → Amazon S3 (delivers)',
    ]);
  });

  test('a line it cannot read fails rather than dropping a flow', () => {
    expect(() => flowsOf('flowchart LR\n  a --> b\n  a <--> c')).toThrow(/line 3 .*"a <--> c"/);
  });
});
