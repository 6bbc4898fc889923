import { describe, expect, test } from 'vitest';
import { describeFlows, flowDifferences, flowsOf } from './mermaid-flows.ts';

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

  test('invisible links place nodes but are no flows; the nodes they name still belong to their group', () => {
    const chart = [
      'flowchart TB',
      '  subgraph store["Storage"]',
      '    kds["Kinesis<br/>Data Streams"] ~~~ msk["Amazon MSK"] ~~~ s3[("Amazon S3")]',
      '  end',
      '  app["Applications"] --> store',
    ].join('\n');
    expect(describeFlows(flowsOf(chart))).toEqual(['Applications → Kinesis Data Streams, Amazon MSK, Amazon S3']);
    expect(() => flowsOf('flowchart TB\n  a ~~~ b -- c')).toThrow(/line 2 .*"a ~~~ b -- c"/);
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

describe('flowDifferences', () => {
  const flows = (chart: string) => flowsOf(`flowchart LR\n${chart}`);
  test('two drawings of the same flows agree, whatever their edge order, layout and line breaks', () => {
    const wide = flows('  a["Alpha source"] --> b["Beta"]\n  b -->|"hands on"| c["Gamma"]');
    const tall = flows('  b["Beta"] -->|"hands<br/>on"| c["Gamma"]\n  a["Alpha<br/>source"] --> b\n  a ~~~ c');
    expect(flowDifferences(wide, tall)).toEqual({ missing: [], extra: [] });
  });
  test('names each flow only one side has, counting repeats and edge labels', () => {
    const wide = flows('  a["A"] --> b["B"]\n  a --> b\n  b -->|"x"| c["C"]');
    const tall = flows('  a["A"] --> b["B"]\n  b -->|"y"| c["C"]\n  c --> a');
    expect(flowDifferences(wide, tall)).toEqual({ missing: ['A → B', 'B → C (x)'], extra: ['B → C (y)', 'C → A'] });
  });
});
