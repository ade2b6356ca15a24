// Export of the graph: GEXF and GraphML (Gephi, yEd, NetworkX, Cytoscape), CSV (nodes.csv,
// edges.csv, documents.csv), graphology JSON, and a Cypher script that recreates the graph in an empty
// Neo4j with the storage model of `cio-graph load`. Sources and claims travel as attributes (JSON
// text), so every format that carries attributes round-trips exactly.
import { MultiDirectedGraph } from 'graphology';
import { write as writeGexf } from 'graphology-gexf';
import type { OrgGraph } from '../model/types';
import { toCsv } from './csv';
import { toCypher } from './cypher-script';
import {
  DOCUMENT_COLUMNS,
  EDGE_COLUMNS,
  NODE_COLUMNS,
  flatDocument,
  flatEdge,
  flatNode,
  graphToRecords,
} from './records';

export const EXPORT_FORMATS = ['json', 'gexf', 'graphml', 'csv', 'cypher'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportFile {
  name: string;
  mediaType: string;
  content: string;
}

export function exportGraph(
  graph: OrgGraph,
  format: ExportFormat,
  options: { dataset?: string } = {},
): ExportFile[] {
  switch (format) {
    case 'json':
      return [
        {
          name: 'cio-graph.json',
          mediaType: 'application/json',
          content: JSON.stringify(graph.export(), null, 2),
        },
      ];
    case 'gexf':
      return [{ name: 'cio-graph.gexf', mediaType: 'application/gexf+xml', content: toGexf(graph) }];
    case 'graphml':
      return [{ name: 'cio-graph.graphml', mediaType: 'application/graphml+xml', content: toGraphml(graph) }];
    case 'csv': {
      const { documents } = graphToRecords(graph);
      return [
        {
          name: 'nodes.csv',
          mediaType: 'text/csv',
          content: toCsv(
            NODE_COLUMNS,
            graph.mapNodes((id) => flatNode(graph, id)),
          ),
        },
        {
          name: 'edges.csv',
          mediaType: 'text/csv',
          content: toCsv(
            EDGE_COLUMNS,
            graph.mapEdges((id) => flatEdge(graph, id)),
          ),
        },
        {
          name: 'documents.csv',
          mediaType: 'text/csv',
          content: toCsv(DOCUMENT_COLUMNS, documents.map(flatDocument)),
        },
      ];
    }
    case 'cypher':
      return [
        {
          name: 'cio-graph.cypher',
          mediaType: 'text/plain',
          content: toCypher(graph, options.dataset ?? 'default'),
        },
      ];
  }
}

/** The flat attributes without the id (the element's own key) and without empty values. */
const withoutId = ({ id: _id, ...rest }: Record<string, string>) => rest;

function toGexf(graph: OrgGraph): string {
  const flat = new MultiDirectedGraph();
  flat.replaceAttributes({
    creator: 'cio-graph',
    documents: JSON.stringify(graph.getAttribute('documents')),
  });
  graph.forEachNode((id) => flat.addNode(id, withoutId(flatNode(graph, id))));
  graph.forEachEdge((id, _a, s, t) => {
    const { from: _f, to: _t, ...rest } = withoutId(flatEdge(graph, id));
    flat.addDirectedEdgeWithKey(id, s, t, rest);
  });
  return escapeLineSeparators(
    writeGexf(flat, {
      version: '1.3',
      formatNode: (_key, attributes) => ({ label: String(attributes.name ?? ''), attributes }),
      formatEdge: (_key, attributes) => ({ label: String(attributes.kind ?? ''), attributes }),
    }),
  );
}

/**
 * NEL, LINE SEPARATOR and PARAGRAPH SEPARATOR are line ends to the XML parser graphology uses (as in
 * XML 1.1), so a raw one in a name would come back as a space. As character references they survive.
 */
function escapeLineSeparators(text: string): string {
  return text
    .replace(/\u0085/g, '&#133;')
    .replace(/\u2028/g, '&#8232;')
    .replace(/\u2029/g, '&#8233;');
}

const xml = (s: string) =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\r/g, '&#13;');

function toGraphml(graph: OrgGraph): string {
  const nodeKeys = NODE_COLUMNS.filter((c) => c !== 'id');
  const edgeKeys = EDGE_COLUMNS.filter((c) => !['id', 'from', 'to'].includes(c));
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    '  <key id="g_documents" for="graph" attr.name="documents" attr.type="string"/>',
    ...nodeKeys.map((k) => `  <key id="n_${k}" for="node" attr.name="${k}" attr.type="string"/>`),
    ...edgeKeys.map((k) => `  <key id="e_${k}" for="edge" attr.name="${k}" attr.type="string"/>`),
    '  <graph id="cio-graph" edgedefault="directed">',
    `    <data key="g_documents">${xml(JSON.stringify(graph.getAttribute('documents')))}</data>`,
  ];
  graph.forEachNode((id) => {
    const f = flatNode(graph, id);
    lines.push(`    <node id="${xml(id)}">`);
    for (const k of nodeKeys)
      if (f[k] !== undefined) lines.push(`      <data key="n_${k}">${xml(f[k]!)}</data>`);
    lines.push('    </node>');
  });
  graph.forEachEdge((id, _a, s, t) => {
    const f = flatEdge(graph, id);
    lines.push(`    <edge id="${xml(id)}" source="${xml(s)}" target="${xml(t)}">`);
    for (const k of edgeKeys)
      if (f[k] !== undefined) lines.push(`      <data key="e_${k}">${xml(f[k]!)}</data>`);
    lines.push('    </edge>');
  });
  lines.push('  </graph>', '</graphml>', '');
  return escapeLineSeparators(lines.join('\n'));
}
