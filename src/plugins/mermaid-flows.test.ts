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

describe('group-to-group flows', () => {
  test('an edge to or from a subgraph is listed as an edge to or from each of its members', () => {
    const chart = [
      'flowchart LR',
      '  subgraph store["Storage"]',
      '    kds["Kinesis Data Streams"]',
      '    msk["Amazon MSK"]',
      '  end',
      '  subgraph use["Consumers"]',
      '    lambda["AWS Lambda"]',
      '    glue["AWS Glue"]',
      '  end',
      '  app["Applications"] --> store',
      '  store --> use',
    ].join('\n');
    expect(describeFlows(flowsOf(chart))).toEqual([
      'Applications → Kinesis Data Streams, Amazon MSK',
      'Kinesis Data Streams → AWS Lambda, AWS Glue',
      'Amazon MSK → AWS Lambda, AWS Glue',
    ]);
  });

  test('an "end" with no open subgraph fails, naming the line', () => {
    expect(() => flowsOf('flowchart LR\n  a --> b\n  end')).toThrow(/line 3 .*never opened/);
  });
});
