/**
 * Reads the flows (edges) out of a Mermaid flowchart, with the nodes' labels, so a diagram can ship with a text
 * equivalent that stays in step with it. Only the flowchart syntax the guides use is understood; any other line
 * throws, naming it, rather than silently leaving a flow out of the text.
 */

export interface Flow {
  from: string;
  to: string;
  /** The edge's own label, e.g. "direct trigger". */
  label?: string;
}

// A node reference, optionally with its shape and label: app, app["Applications"], db[("Logs")], x{"Choice"}.
const NODE = String.raw`([\w-]+)\s*(?:[\[({>]+\s*(?:"([^"]*)"|([^"\])}]*))\s*[\])}]+)?`;
// An arrow, optionally labelled: -->, ---, ==>, -.->, -- "label" -->, -->|label|.
const ARROW = String.raw`\s*(?:--\s*"?([^"|>-]+?)"?\s*-->|-->\s*\|\s*"?([^|"]+?)"?\s*\||-->|---|==>|-\.->)\s*`;
const EDGE = new RegExp(`^${NODE}${ARROW}${NODE}$`);
const NODE_ONLY = new RegExp(`^${NODE}$`);
const IGNORED =
  /^(?:flowchart|graph)\b|^subgraph\b|^end$|^%%|^acc(?:Title|Descr)\b|^(?:class|classDef|style|linkStyle|click)\b|^direction\b/;

const cleanLabel = (label: string) =>
  label
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** Every flow in the chart, in source order, with nodes named by their labels. */
export function flowsOf(chart: string): Flow[] {
  const labels = new Map<string, string>();
  const edges: { from: string; to: string; label?: string }[] = [];
  const remember = (id: string, label: string | undefined) => {
    if (label) labels.set(id, cleanLabel(label));
  };
  for (const [index, raw] of chart.split('\n').entries()) {
    const line = raw.trim();
    if (!line || IGNORED.test(line)) continue;
    const edge = EDGE.exec(line);
    if (edge) {
      const [, from, fromQuoted, fromBare, label1, label2, to, toQuoted, toBare] = edge;
      remember(from!, fromQuoted ?? fromBare);
      remember(to!, toQuoted ?? toBare);
      const label = label1 ?? label2;
      edges.push({ from: from!, to: to!, ...(label ? { label: cleanLabel(label) } : {}) });
      continue;
    }
    const node = NODE_ONLY.exec(line);
    if (node) {
      remember(node[1]!, node[2] ?? node[3]);
      continue;
    }
    throw new Error(`line ${index + 1} of the diagram is not a flowchart line this site understands: "${line}"`);
  }
  const name = (id: string) => labels.get(id) ?? id;
  return edges.map((edge) => ({ ...edge, from: name(edge.from), to: name(edge.to) }));
}

/** The flows grouped by where they start: "Applications → Kinesis Data Streams, Amazon MSK". */
export function describeFlows(flows: Flow[]): string[] {
  const bySource = new Map<string, string[]>();
  for (const { from, to, label } of flows) {
    bySource.set(from, [...(bySource.get(from) ?? []), label ? `${to} (${label})` : to]);
  }
  return [...bySource].map(([from, targets]) => `${from} → ${targets.join(', ')}`);
}
