// GEXF and GraphML read straight from the strictly parsed XML into flat records, each named by its
// element (`node AZ/CIO`, `edge 3`, or its line when it has no id). Reading the DOM here instead of
// through graphology's parsers means a duplicate node or a dangling edge is a located validation
// issue, not a graphology exception about the whole file.
import type { ValidationIssue } from '../model/errors';
import { emptyRead, unflatten } from './read-flat';
import type { ReadResult } from './read-flat';
import { children, parseStrictXml } from './xml';
import type { XmlElement } from './xml';

/** Cells keyed by names from the file: no prototype, so `__proto__` is just an unknown attribute. */
const cells = (): Record<string, string> => Object.create(null) as Record<string, string>;

const place = (el: XmlElement, what: string, id: string | null) =>
  id ? `${what} ${id}` : `${what} at line ${el.lineNumber ?? '?'}`;

/** Direction: our graphs are directed; an undirected edge is refused where it is declared. */
function undirectedIssue(file: string, where: string, field: string): ValidationIssue {
  return { file, record: where, field, message: 'undirected edges are not supported; cio-graph is directed' };
}

interface Element {
  el: XmlElement;
  kind: 'node' | 'edge';
  where: string;
  flat: Record<string, string>;
}

/** A node's own cells (its id), the same rule in GEXF and GraphML; the format adds its values. */
function nodeCells(
  result: ReadResult,
  file: string,
  el: XmlElement,
): { where: string; flat: Record<string, string> } {
  const id = el.getAttribute('id');
  const where = place(el, 'node', id);
  const flat = cells();
  if (id === null) result.issues.push({ file, record: where, field: 'id', message: 'a node without id' });
  else flat.id = id;
  return { where, flat };
}

/**
 * An edge's own cells (id, ends), refusing an undirected edge where the format declares it: `attr`
 * is the format's direction attribute, `undirected` whether its value (or the graph's default) says so.
 */
function edgeCells(
  result: ReadResult,
  file: string,
  el: XmlElement,
  direction: { attr: string; undirected: boolean },
): { where: string; flat: Record<string, string> } {
  const id = el.getAttribute('id');
  const where = place(el, 'edge', id);
  if (direction.undirected) result.issues.push(undirectedIssue(file, where, direction.attr));
  const flat = cells();
  if (id !== null) flat.id = id;
  for (const [attr, key] of [
    ['source', 'from'],
    ['target', 'to'],
  ] as const) {
    const end = el.getAttribute(attr);
    if (end === null) result.issues.push({ file, record: where, field: key, message: `no ${attr}` });
    else flat[key] = end;
  }
  return { where, flat };
}

function collect(result: ReadResult, file: string, items: Element[]): ReadResult {
  for (const { kind, where, flat } of items) {
    const record = unflatten(flat, kind, result.issues, file, where);
    if (record) (kind === 'node' ? result.nodes : result.edges).push({ record, file, where });
  }
  return result;
}

function documentsFrom(result: ReadResult, file: string, text: string | null | undefined): void {
  if (text === null || text === undefined || text.trim() === '') return;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    result.issues.push({
      file,
      record: 'graph',
      field: 'documents',
      message: `not valid JSON: ${(error as Error).message}`,
    });
    return;
  }
  if (!Array.isArray(parsed)) {
    result.issues.push({
      file,
      record: 'graph',
      field: 'documents',
      message: 'expected a list of documents',
    });
    return;
  }
  parsed.forEach((d: unknown, i) => {
    const id = d && typeof d === 'object' && typeof (d as { id?: unknown }).id === 'string';
    const where = id ? `document ${(d as { id: string }).id}` : `documents[${i}]`;
    result.documents.push({
      record: d && typeof d === 'object' && !Array.isArray(d) ? { ...(d as object) } : { value: d },
      file,
      where,
    });
  });
}

export function readGexf(text: string, file: string): ReadResult {
  const { root, issues } = parseStrictXml(text, file);
  if (!root) return emptyRead(issues);
  const result = emptyRead();
  if ((root.localName ?? root.nodeName) !== 'gexf')
    return emptyRead([{ file, record: 'line 1', field: '-', message: 'not GEXF: the root is not <gexf>' }]);
  const graph = children(root, 'graph')[0];
  if (!graph) return emptyRead([{ file, record: 'gexf', field: 'graph', message: 'no <graph> element' }]);
  documentsFrom(result, file, children(children(root, 'meta')[0] ?? root, 'documents')[0]?.textContent);
  const titles = { node: new Map<string, string>(), edge: new Map<string, string>() };
  for (const attributes of children(graph, 'attributes')) {
    const cls = attributes.getAttribute('class') === 'edge' ? 'edge' : 'node';
    for (const a of children(attributes, 'attribute')) {
      const id = a.getAttribute('id');
      if (id !== null) titles[cls].set(id, a.getAttribute('title') ?? id);
    }
  }
  const undirectedDefault = graph.getAttribute('defaultedgetype') === 'undirected';
  const items: Element[] = [];
  const values = (el: XmlElement, kind: 'node' | 'edge', where: string, flat: Record<string, string>) => {
    for (const list of children(el, 'attvalues'))
      for (const v of children(list, 'attvalue')) {
        const key = v.getAttribute('for') ?? v.getAttribute('id');
        if (key === null) {
          result.issues.push({ file, record: where, field: 'attvalue', message: 'an attvalue without for' });
          continue;
        }
        flat[titles[kind].get(key) ?? key] = v.getAttribute('value') ?? '';
      }
  };
  for (const list of children(graph, 'nodes'))
    for (const el of children(list, 'node')) {
      const { where, flat } = nodeCells(result, file, el);
      if (el.hasAttribute('label')) flat.label = el.getAttribute('label')!;
      values(el, 'node', where, flat);
      items.push({ el, kind: 'node', where, flat });
    }
  for (const list of children(graph, 'edges'))
    for (const el of children(list, 'edge')) {
      const type = el.getAttribute('type');
      const { where, flat } = edgeCells(result, file, el, {
        attr: 'type',
        undirected: type === 'undirected' || (type === null && undirectedDefault),
      });
      if (el.hasAttribute('label')) flat.label = el.getAttribute('label')!;
      values(el, 'edge', where, flat);
      items.push({ el, kind: 'edge', where, flat });
    }
  return collect(result, file, items);
}

export function readGraphml(text: string, file: string): ReadResult {
  const { root, issues } = parseStrictXml(text, file);
  if (!root) return emptyRead(issues);
  if ((root.localName ?? root.nodeName) !== 'graphml')
    return emptyRead([
      { file, record: 'line 1', field: '-', message: 'not GraphML: the root is not <graphml>' },
    ]);
  const result = emptyRead();
  const graph = children(root, 'graph')[0];
  if (!graph) return emptyRead([{ file, record: 'graphml', field: 'graph', message: 'no <graph> element' }]);
  const keys = new Map<string, { for: string; name: string }>();
  for (const k of children(root, 'key')) {
    const id = k.getAttribute('id');
    if (id !== null)
      keys.set(id, { for: k.getAttribute('for') ?? 'all', name: k.getAttribute('attr.name') ?? id });
  }
  const data = (el: XmlElement, where: string, flat: Record<string, string>) => {
    for (const d of children(el, 'data')) {
      const key = d.getAttribute('key');
      if (key === null) {
        result.issues.push({ file, record: where, field: 'data', message: 'a data element without key' });
        continue;
      }
      flat[keys.get(key)?.name ?? key] = d.textContent ?? '';
    }
  };
  const graphData = cells();
  data(graph, 'graph', graphData);
  documentsFrom(result, file, graphData.documents);
  const undirectedDefault = graph.getAttribute('edgedefault') === 'undirected';
  const items: Element[] = [];
  for (const el of children(graph, 'node')) {
    const { where, flat } = nodeCells(result, file, el);
    data(el, where, flat);
    items.push({ el, kind: 'node', where, flat });
  }
  for (const el of children(graph, 'edge')) {
    const directed = el.getAttribute('directed');
    const { where, flat } = edgeCells(result, file, el, {
      attr: 'directed',
      undirected: directed === 'false' || (directed === null && undirectedDefault),
    });
    data(el, where, flat);
    items.push({ el, kind: 'edge', where, flat });
  }
  return collect(result, file, items);
}
