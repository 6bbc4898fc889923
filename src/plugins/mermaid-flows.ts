/**
 * Reads the flows (edges) out of a Mermaid flowchart, with the nodes' labels, so a diagram can ship with a text
 * equivalent that stays in step with it. An edge to or from a subgraph (a group-to-group flow, drawn once) stands for
 * an edge to or from each of its members, and is listed that way. An invisible link (`a ~~~ b`, which only places
 * nodes) is no flow. Only the flowchart syntax the guides use is understood; any other line throws, naming it,
 * rather than silently leaving a flow out of the text.
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
const SUBGRAPH = new RegExp(`^subgraph\\s+${NODE}$`);
const IGNORED =
  /^(?:flowchart|graph)\b|^%%|^acc(?:Title|Descr)\b|^(?:class|classDef|style|linkStyle|click)\b|^direction\b/;

const cleanLabel = (label: string) =>
  label
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** Every flow in the chart, in source order, with nodes named by their labels. */
export function flowsOf(chart: string): Flow[] {
  const labels = new Map<string, string>();
  const edges: { from: string; to: string; label?: string }[] = [];
  // Subgraph id → the ids declared inside it (nested subgraphs count as their members).
  const groups = new Map<string, string[]>();
  const open: string[] = [];
  const declare = (id: string) => {
    for (const group of open) if (!groups.get(group)!.includes(id)) groups.get(group)!.push(id);
  };
  const remember = (id: string, label: string | undefined) => {
    if (label) labels.set(id, cleanLabel(label));
  };
  for (const [index, raw] of chart.split('\n').entries()) {
    const line = raw.trim();
    if (!line || IGNORED.test(line)) continue;
    const subgraph = SUBGRAPH.exec(line);
    if (subgraph) {
      remember(subgraph[1]!, subgraph[2] ?? subgraph[3]);
      groups.set(subgraph[1]!, []);
      open.push(subgraph[1]!);
      continue;
    }
    if (line === 'end') {
      if (!open.pop()) throw new Error(`line ${index + 1} of the diagram ends a subgraph that was never opened`);
      continue;
    }
    const edge = EDGE.exec(line);
    if (edge) {
      const [, from, fromQuoted, fromBare, label1, label2, to, toQuoted, toBare] = edge;
      remember(from!, fromQuoted ?? fromBare);
      remember(to!, toQuoted ?? toBare);
      declare(from!);
      declare(to!);
      const label = label1 ?? label2;
      edges.push({ from: from!, to: to!, ...(label ? { label: cleanLabel(label) } : {}) });
      continue;
    }
    // A node on its own, or a chain of nodes joined by invisible links (layout only: a ~~~ b ~~~ c).
    const nodes = line.split(/\s*~~~\s*/).map((part) => NODE_ONLY.exec(part));
    if (nodes.every((node): node is RegExpExecArray => node !== null)) {
      for (const node of nodes) {
        remember(node[1]!, node[2] ?? node[3]);
        declare(node[1]!);
      }
      continue;
    }
    throw new Error(`line ${index + 1} of the diagram is not a flowchart line this site understands: "${line}"`);
  }
  const name = (id: string) => labels.get(id) ?? id;
  // A node that is a member of no group stands for itself; a group for its members that are not groups themselves.
  const members = (id: string): string[] =>
    groups.has(id) ? groups.get(id)!.filter((member) => !groups.has(member)) : [id];
  return edges.flatMap((edge) =>
    members(edge.from).flatMap((from) => members(edge.to).map((to) => ({ ...edge, from: name(from), to: name(to) }))),
  );
}

/** The flows grouped by where they start: "Applications → Kinesis Data Streams, Amazon MSK". */
export function describeFlows(flows: Flow[]): string[] {
  const bySource = new Map<string, string[]>();
  for (const { from, to, label } of flows) {
    bySource.set(from, [...(bySource.get(from) ?? []), label ? `${to} (${label})` : to]);
  }
  return [...bySource].map(([from, targets]) => `${from} → ${targets.join(', ')}`);
}

/**
 * How two drawings of one figure disagree: the flows only one of them has, each written as its text version lists it
 * ("Applications → Amazon MSK"), counted with repeats. Order does not matter, since a redrawing may list its edges in
 * any order; both lists empty means they draw the same flows.
 */
export function flowDifferences(expected: Flow[], actual: Flow[]): { missing: string[]; extra: string[] } {
  const asText = ({ from, to, label }: Flow) => `${from} → ${to}${label ? ` (${label})` : ''}`;
  const extra = actual.map(asText);
  const missing: string[] = [];
  for (const flow of expected.map(asText)) {
    const at = extra.indexOf(flow);
    if (at === -1) missing.push(flow);
    else extra.splice(at, 1);
  }
  return { missing, extra };
}
