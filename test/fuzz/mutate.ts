// Mutations of import inputs, as fast-check arbitraries: byte-level damage (flips, invalid UTF-8,
// BOMs, truncation), token swaps in the places a careless user or an attacker edits (quoted values,
// CSV cells, XML attribute values) and, for JSON, structural replacement of any value by another type.
import fc from 'fast-check';

/** Values people and attackers put where a value belongs. */
export const TOKENS = [
  '',
  ' ',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'prototype',
  '&xxe;',
  '&amp;',
  '<',
  '"',
  "'",
  ',',
  ';',
  '\n',
  '\r\n',
  '\u2028',
  '\uFEFF',
  '[]',
  '{}',
  '[1,2]',
  '{"a":1}',
  'null',
  'true',
  '-1',
  '1e309',
  'NaN',
  'AZ',
  'AZ/CIO',
  'AZ/SG',
  'BZ/CIO',
  'nobody',
  'reports_to',
  'member_of',
  'role',
  'body',
  'organisation',
  '2021',
  '2024',
  '1999',
  'Tabel 1',
  '[{"ref":"nope","locator":"x"}]',
  '[{"locator":""}]',
  '{"fulltime":{"claims":[]}}',
  '{"__proto__":{"claims":[]}}',
  'x'.repeat(300),
  '<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
];

const token = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...TOKENS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
);

export type Mutation = (input: Buffer) => Buffer;

const at = (n: number, length: number) => (length === 0 ? 0 : n % length);

/** Byte-level damage anywhere in the file. */
const byteMutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })).map(([p, b]) => (buf: Buffer) => {
    const out = Buffer.from(buf);
    if (out.length) out[at(p, out.length)] = b;
    return out;
  }),
  fc
    .tuple(
      fc.nat(),
      fc.constantFrom(
        [0xff],
        [0xc3, 0x28],
        [0xe2, 0x82],
        [0xed, 0xa0, 0x80],
        [0xf4, 0x90, 0x80, 0x80],
        [0x00],
      ),
    )
    .map(([p, bytes]) => (buf: Buffer) => {
      const i = at(p, buf.length + 1);
      return Buffer.concat([buf.subarray(0, i), Buffer.from(bytes), buf.subarray(i)]);
    }),
  fc.tuple(fc.nat(), fc.nat({ max: 64 })).map(([p, n]) => (buf: Buffer) => {
    const i = at(p, buf.length + 1);
    return Buffer.concat([buf.subarray(0, i), buf.subarray(i + n)]);
  }),
  fc.nat().map((p) => (buf: Buffer) => buf.subarray(0, at(p, buf.length + 1))),
  fc.tuple(fc.nat(), fc.nat({ max: 200 })).map(([p, n]) => (buf: Buffer) => {
    const i = at(p, buf.length + 1);
    return Buffer.concat([buf.subarray(0, i), buf.subarray(i, i + n), buf.subarray(i)]);
  }),
  fc.constant((buf: Buffer) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), buf])),
  fc.constant((buf: Buffer) => Buffer.concat([Buffer.from([0xff, 0xfe]), buf])),
);

/** Replaces the n-th match of a pattern (a value in quotes, a cell) by a token. */
function replaceNth(text: string, pattern: RegExp, n: number, replacement: (m: string) => string): string {
  const matches = [...text.matchAll(pattern)];
  if (!matches.length) return text;
  const m = matches[n % matches.length]!;
  return text.slice(0, m.index) + replacement(m[0]) + text.slice(m.index + m[0].length);
}

/** A token swapped into a quoted value (JSON strings, XML attribute values) or a CSV cell. */
const tokenMutation: fc.Arbitrary<Mutation> = fc
  .tuple(fc.nat(), token, fc.constantFrom('quoted', 'cell', 'element'))
  .map(([n, t, where]) => (buf: Buffer) => {
    const text = buf.toString('utf8');
    const out =
      where === 'quoted'
        ? replaceNth(
            text,
            /"(?:[^"\\]|\\.)*"/g,
            n,
            (m) => `"${t.replace(/"/g, m.startsWith('"{') ? '"' : '&quot;')}"`,
          )
        : where === 'cell'
          ? replaceNth(text, /[^,\r\n]+/g, n, () => t)
          : replaceNth(text, /<\/?[a-zA-Z][\w:-]*/g, n, (m) => m.slice(0, m.startsWith('</') ? 2 : 1) + t);
    return Buffer.from(out, 'utf8');
  });

/** A line (a CSV row, an XML element on its own line) deleted or repeated. */
const lineMutation: fc.Arbitrary<Mutation> = fc
  .tuple(fc.nat(), fc.boolean())
  .map(([n, repeat]) => (buf: Buffer) => {
    const lines = buf.toString('utf8').split('\n');
    const i = at(n, lines.length);
    if (repeat) lines.splice(i, 0, lines[i]!);
    else lines.splice(i, 1);
    return Buffer.from(lines.join('\n'), 'utf8');
  });

/** Any JSON value, of the kinds a wrong-typed attribute takes. */
const jsonValue = fc.oneof(
  fc.constantFrom(null, true, 0, -1, '', 'Tabel 1', [], {}, ['2024'], { __proto__: null, x: 1 }),
  fc.constantFrom(...TOKENS),
  fc.jsonValue({ maxDepth: 2 }),
);

/** For JSON: any value in the document replaced by another value (the 13% TypeErrors of issue 11). */
const jsonMutation: fc.Arbitrary<Mutation> = fc
  .tuple(fc.nat(), jsonValue, fc.boolean())
  .map(([n, value, remove]) => (buf: Buffer) => {
    let doc: unknown;
    try {
      doc = JSON.parse(buf.toString('utf8'));
    } catch {
      return buf;
    }
    const slots: { parent: Record<string, unknown>; key: string }[] = [];
    const walk = (v: unknown, depth: number) => {
      if (!v || typeof v !== 'object' || depth > 6) return;
      for (const key of Object.keys(v)) {
        slots.push({ parent: v as Record<string, unknown>, key });
        walk((v as Record<string, unknown>)[key], depth + 1);
      }
    };
    walk(doc, 0);
    if (!slots.length) return buf;
    const { parent, key } = slots[n % slots.length]!;
    if (remove && !Array.isArray(parent)) delete parent[key];
    else parent[key] = value;
    return Buffer.from(JSON.stringify(doc), 'utf8');
  });

/** One to three mutations of the kinds that fit the format. */
export function mutations(format: 'json' | 'gexf' | 'graphml' | 'csv'): fc.Arbitrary<Mutation[]> {
  const kinds =
    format === 'json'
      ? [
          { weight: 4, arbitrary: jsonMutation },
          { weight: 2, arbitrary: tokenMutation },
          { weight: 1, arbitrary: byteMutation },
        ]
      : [
          { weight: 3, arbitrary: tokenMutation },
          { weight: 2, arbitrary: lineMutation },
          { weight: 1, arbitrary: byteMutation },
        ];
  return fc.array(fc.oneof(...kinds), { minLength: 1, maxLength: 3 });
}
