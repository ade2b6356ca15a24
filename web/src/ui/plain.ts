// Code values as words in the viewer, from the shared label table (src/model/labels.ts): the viewer,
// the CLI tables and the reports use the same labels.
import { label, plainText } from '../../../src/model/labels';
import type { LabelCategory } from '../../../src/model/labels';
import type { Lang } from '../state';

const TYPE_CATEGORY: Record<string, LabelCategory> = {
  role: 'roleType',
  body: 'bodyType',
  organisation: 'organisationType',
};

/** A node's kind and type: "gremium · raad", "rol / functie · decentrale CIO". */
export function kindText(kind: string, type: string | undefined, lang: Lang): string {
  const k = label('nodeKind', kind, lang);
  const category = TYPE_CATEGORY[kind];
  return type ? `${k} · ${category ? label(category, type, lang) : plainText(type, lang)}` : k;
}

export const edgeKindText = (kind: string, lang: Lang) => label('edgeKind', kind, lang);
export const factName = (property: string, lang: Lang) => label('fact', property, lang);

/** A fact's value in words: yes/no, codes labelled, lists joined, nothing as a dash. */
export function valueText(v: unknown, lang: Lang): string {
  if (v === null || v === undefined) return '–';
  if (typeof v === 'boolean') return plainText(String(v), lang);
  if (Array.isArray(v)) return v.map((x) => valueText(x, lang)).join(', ');
  if (typeof v === 'string') return plainText(v, lang);
  return String(v);
}
