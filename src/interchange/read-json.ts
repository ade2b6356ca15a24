// graphology JSON (the `json` export) read through zod: the file's shell, then every node and edge
// on its own, so a string where a list belongs (`sources: "Tabel 1"`) is a located issue at that
// record and field instead of a TypeError from code that trusted the shape.
import { z } from 'zod';
import { factSpec } from '../model/schema';
import { emptyRead, zodIssues } from './read-flat';
import type { ReadResult } from './read-flat';

const Key = z.union([z.string(), z.number()]).transform(String);
const Text = z.string();
const SourceRefJson = z.object({ doc: Text, locator: Text, excerpt: Text.optional() });
const ClaimJson = z.object({
  value: z.unknown(),
  sources: z.array(SourceRefJson),
  validIn: z.array(Text),
  note: Text.optional(),
});

/** The shell: checked first; nodes and edges only as lists here, each checked below with its location. */
const GraphJson = z.object({
  options: z.object({ type: z.enum(['directed', 'mixed', 'undirected']).optional() }).optional(),
  attributes: z.object({ documents: z.array(z.unknown()).optional() }).optional(),
  nodes: z.array(z.unknown()),
  edges: z.array(z.unknown()).optional(),
});

// Node and edge attributes: the model's fields with their types; others (x, y, colour) are dropped.
const NodeJson = z.object({
  key: Key,
  attributes: z.object({
    kind: Text,
    type: Text.optional(),
    name: Text,
    nameEn: Text.optional(),
    abbreviation: Text.optional(),
    article: Text.optional(),
    // A body's level (an external body needs it), a statement's speaker, a recommendation's note.
    level: Text.optional(),
    saidBy: Text.optional(),
    note: Text.optional(),
    sources: z.array(SourceRefJson),
    facts: z.record(Text, z.array(ClaimJson)).optional(),
  }),
});

const EdgeJson = z.object({
  key: Key.optional(),
  source: Key,
  target: Key,
  undirected: z.literal(false, 'undirected edges are not supported; cio-graph is directed').optional(),
  attributes: z.object({
    kind: Text,
    sources: z.array(SourceRefJson),
    validIn: z.array(Text),
    claimGroup: Text.optional(),
    vote: Text.optional(),
    seat: Text.optional(),
    nature: Text.optional(),
    note: Text.optional(),
  }),
});

const sourceRecord = (s: z.infer<typeof SourceRefJson>) => ({
  ref: s.doc,
  locator: s.locator,
  ...(s.excerpt !== undefined ? { excerpt: s.excerpt } : {}),
});

/** Drops undefined fields, as the YAML records never hold them. */
const defined = (o: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

/** `node X` when the record has a usable key, otherwise its index. */
function where(raw: unknown, what: 'node' | 'edge', index: number): string {
  const key = raw && typeof raw === 'object' ? (raw as { key?: unknown }).key : undefined;
  return typeof key === 'string' || typeof key === 'number' ? `${what} ${key}` : `${what}s[${index}]`;
}

export function readGraphologyJson(text: string, file: string): ReadResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const at = /position (\d+)/.exec(message)?.[1];
    const offset = at !== undefined ? Number(at) : /end of JSON/.test(message) ? text.length : undefined;
    const before = offset === undefined ? '' : text.slice(0, offset);
    const record =
      offset === undefined
        ? 'JSON text'
        : `line ${before.split('\n').length} col ${offset - before.lastIndexOf('\n')}`;
    return emptyRead([{ file, record, field: '-', message: `not valid JSON: ${message}` }]);
  }
  const shell = GraphJson.safeParse(value);
  if (!shell.success) return emptyRead(zodIssues(file, 'graph', shell.error));
  const result = emptyRead();
  if (shell.data.options?.type === 'undirected')
    result.issues.push({ file, record: 'graph', field: 'options.type', message: 'cio-graph is directed' });
  (shell.data.attributes?.documents ?? []).forEach((d, i) => {
    const id = d && typeof d === 'object' ? (d as { id?: unknown }).id : undefined;
    const at = typeof id === 'string' ? `document ${id}` : `documents[${i}]`;
    result.documents.push({
      record: d && typeof d === 'object' && !Array.isArray(d) ? { ...(d as object) } : { value: d },
      file,
      where: at,
    });
  });
  shell.data.nodes.forEach((raw, i) => {
    const at = where(raw, 'node', i);
    // Fact names are checked on the raw keys: zod's record would silently drop `__proto__`.
    const rawFacts = (raw as { attributes?: { facts?: unknown } } | null)?.attributes?.facts;
    if (rawFacts && typeof rawFacts === 'object' && !Array.isArray(rawFacts)) {
      const unknown = Object.keys(rawFacts).filter((k) => !factSpec(k));
      for (const k of unknown)
        result.issues.push({
          file,
          record: at,
          field: `attributes.facts.${k}`,
          message: `unknown fact '${k}'`,
        });
      if (unknown.length) return;
    }
    const parsed = NodeJson.safeParse(raw);
    if (!parsed.success) return void result.issues.push(...zodIssues(file, at, parsed.error));
    const { key, attributes: a } = parsed.data;
    const facts = Object.entries(a.facts ?? {});
    const record = defined({
      id: key,
      kind: a.kind,
      type: a.type,
      name: a.name,
      nameEn: a.nameEn,
      abbreviation: a.abbreviation,
      article: a.article,
      level: a.level,
      saidBy: a.saidBy,
      note: a.note,
      sources: a.sources.map(sourceRecord),
      facts: facts.length
        ? Object.fromEntries(
            facts.map(([property, claims]) => [
              property,
              {
                claims: claims.map((c) =>
                  defined({
                    value: c.value,
                    sources: c.sources.map(sourceRecord),
                    validIn: c.validIn,
                    note: c.note,
                  }),
                ),
              },
            ]),
          )
        : undefined,
    });
    result.nodes.push({ record, file, where: at });
  });
  (shell.data.edges ?? []).forEach((raw, i) => {
    const at = where(raw, 'edge', i);
    const parsed = EdgeJson.safeParse(raw);
    if (!parsed.success) return void result.issues.push(...zodIssues(file, at, parsed.error));
    const { key, source, target, attributes: a } = parsed.data;
    result.edges.push({
      record: defined({ id: key, from: source, to: target, ...a, sources: a.sources.map(sourceRecord) }),
      file,
      where: at,
    });
  });
  return result;
}
