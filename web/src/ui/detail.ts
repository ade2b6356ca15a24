// The detail panel: a node's facts with their sources (competing claims side by side), an edge, a
// finding. Pure DOM builders: what happens on a click is the caller's, passed in the context.
import { parseFrequency } from '../../../src/model/frequency';
import { formula } from '../../../src/model/formulas';
import { label } from '../../../src/model/labels';
import type { SourceRef } from '../../../src/model/types';
import { api } from '../api';
import type { NodeDetail, ResolvedFact } from '../api';
import type { Finding } from '../graph/findings';
import { levelOf } from '../graph/visibility';
import type { DataGraph } from '../graph/visibility';
import { t } from '../i18n';
import type { TextKey } from '../i18n';
import type { Lang } from '../state';
import { el } from './dom';
import { edgeKindText, factName, kindText, valueText } from './plain';

const titled = (tip: string | undefined) => (tip ? { title: tip } : {});

export interface DetailContext {
  lang: Lang;
  /** Select a node and bring it into view. */
  openNode(id: string): void;
  /** Append an operation to the scenario being edited. */
  addToScenario(operation: Record<string, unknown>): void;
  /** Let the user pick a node of this kind next; the operation is built from it and appended. */
  pickTarget(kind: 'body' | 'role', build: (target: string) => Record<string, unknown>): void;
}

/**
 * What a user can change about this node in the scenario being edited: remove it, and depending on
 * its kind merge it into another body, let it report to another role, seat it in a body, or chair
 * one. The target of a two-node operation is picked next (a click in the graph or a search).
 */
function scenarioActions(id: string, a: NodeDetail['attributes'], ctx: DetailContext): HTMLElement {
  const L = ctx.lang;
  const button = (key: TextKey, testId: string, act: () => void) => {
    const b = el('button', { type: 'button', id: testId }, t(L, key));
    b.addEventListener('click', act);
    return b;
  };
  const actions = [
    button('removeInScenario', 'remove-in-scenario', () => ctx.addToScenario({ op: 'remove-node', id })),
  ];
  if (a.kind === 'body')
    actions.push(
      button('mergeInto', 'merge-into', () =>
        ctx.pickTarget('body', (into) => ({ op: 'merge-bodies', bodies: [id], into })),
      ),
    );
  if (a.kind === 'role') {
    actions.push(
      button('reportsToPick', 'reports-to', () =>
        ctx.pickTarget('role', (to) => ({ op: 'set-reports-to', role: id, to })),
      ),
      button('memberOfPick', 'member-of', () =>
        ctx.pickTarget('body', (body) => ({ op: 'add-membership', role: id, body })),
      ),
      button('chairPick', 'chair-of', () =>
        ctx.pickTarget('body', (body) => ({ op: 'set-chair', body, role: id })),
      ),
    );
  }
  return el(
    'div',
    { class: 'scenario-actions', role: 'group', 'aria-label': t(L, 'scenarioEditor') },
    ...actions,
  );
}

/** A finding's status or a scenario change in words. */
export function statusText(status: string, lang: Lang): string {
  return status === 'reported' ? t(lang, 'reported') : t(lang, `status_${status}` as TextKey);
}

export function nodeDetailView(d: NodeDetail, ctx: DetailContext): Node[] {
  const L = ctx.lang;
  const a = d.attributes;
  const facts = Object.entries(d.resolved);
  const out: Node[] = [
    el('h3', { id: 'detail-title' }, a.name),
    el(
      'dl',
      {},
      el('dt', {}, t(L, 'identifier')),
      el('dd', { title: formula('identifier', L) }, d.id),
      el('dt', {}, t(L, 'nodeKinds')),
      el('dd', {}, kindText(a.kind, a.type, L)),
      ...(a.abbreviation ? [el('dt', {}, t(L, 'abbreviation')), el('dd', {}, a.abbreviation)] : []),
      ...(a.ministries?.length
        ? [el('dt', {}, t(L, 'ministries')), el('dd', {}, a.ministries.join(', '))]
        : []),
      el('dt', {}, t(L, 'levels')),
      el('dd', {}, t(L, `level_${levelOf(a)}` as TextKey)),
    ),
  ];
  out.push(scenarioActions(d.id, a, ctx));
  if (facts.length) {
    out.push(el('h3', {}, t(L, 'facts')));
    for (const [property, fact] of facts) out.push(factView(property, fact, ctx));
  }
  out.push(el('h3', {}, t(L, 'sources')), sourceList(a.sources, ctx));
  out.push(
    el('h3', {}, t(L, 'neighbours')),
    el(
      'ul',
      { class: 'sources' },
      ...d.neighbours.map((n) => {
        const b = el('button', { type: 'button', class: 'linklike' }, n.name);
        b.addEventListener('click', () => ctx.openNode(n.node));
        return el(
          'li',
          {},
          `${n.direction === 'out' ? '→' : '←'} ${edgeKindText(n.kind, L)} `,
          b,
          ...(n.seat
            ? [
                el(
                  'span',
                  { class: 'seat' },
                  ` · ${label(n.kind === 'chairs' ? 'chairSeat' : 'seat', n.seat, L)}`,
                ),
              ]
            : []),
          el('span', { class: 'muted' }, ` (${n.validIn.join(', ')})`),
        );
      }),
    ),
  );
  return out;
}

export function factView(property: string, fact: ResolvedFact | null, ctx: DetailContext): Node {
  const L = ctx.lang;
  const show = (v: unknown) => valueText(v, L);
  const name = factName(property, L);
  if (!fact)
    return el('div', { class: 'fact' }, el('strong', {}, name), ': ', el('span', { class: 'muted' }, '–'));
  if ('contested' in fact)
    return el(
      'div',
      { class: 'fact contested', 'data-fact': property },
      el('strong', {}, name),
      el('p', {}, t(L, 'contested')),
      el(
        'div',
        { class: 'claims' },
        ...fact.claims.map((c, i) =>
          el(
            'div',
            { class: 'claim' },
            el(
              'div',
              {},
              el('span', { title: formula('claimNumber', L) }, `${t(L, 'claim')} ${i + 1}: `),
              el('strong', { title: formula('factValue', L) }, show(c.value)),
            ),
            sourceList(c.sources, ctx),
          ),
        ),
      ),
    );
  return el(
    'div',
    { class: 'fact', 'data-fact': property },
    el('strong', {}, name),
    ': ',
    el('span', { title: formula('factValue', L) }, show(fact.value)),
    ...(property === 'meetingFrequency' ? [frequencyNote(fact.value, L)] : []),
    sourceList(fact.sources, ctx),
  );
}

/** The report's wording of a meeting frequency read as meetings a year, or why it cannot be. */
function frequencyNote(value: unknown, L: Lang): HTMLElement {
  const f = parseFrequency(typeof value === 'string' ? value : null);
  const text = f.known
    ? L === 'nl'
      ? ` (${+f.perYear.toFixed(2)} keer per jaar)`
      : ` (${+f.perYear.toFixed(2)} times a year)`
    : ` (${L === 'nl' ? 'aantal per jaar onbekend' : 'times a year unknown'}: ${label('frequencyReason', f.reason, L)})`;
  return el(
    'span',
    {
      class: 'muted',
      'data-per-year': f.known ? String(f.perYear) : '',
      title: formula('meetingsPerYear', L),
    },
    text,
  );
}

export function edgeDetailView(graph: DataGraph, id: string, ctx: DetailContext): Node[] {
  const L = ctx.lang;
  const a = graph.getEdgeAttributes(id);
  const [s, tgt] = graph.extremities(id);
  const name = (n: string) => graph.getNodeAttribute(n, 'name');
  return [
    el('h3', { id: 'detail-title' }, `${name(s)} —${edgeKindText(a.kind, L)}→ ${name(tgt)}`),
    el(
      'dl',
      {},
      el('dt', {}, t(L, 'validIn')),
      el('dd', { title: formula('validIn', L) }, a.validIn.join(', ')),
      ...(a.claimGroup ? [el('dt', {}, t(L, 'claimGroup')), el('dd', {}, a.claimGroup)] : []),
      ...(a.vote ? [el('dt', {}, t(L, 'vote')), el('dd', {}, label('vote', a.vote, L))] : []),
      ...(a.seat ? [el('dt', {}, t(L, 'seat')), el('dd', {}, label('seat', a.seat, L))] : []),
      ...(a.nature ? [el('dt', {}, t(L, 'nature')), el('dd', {}, label('overlapNature', a.nature, L))] : []),
      ...(a.note ? [el('dt', {}, t(L, 'note')), el('dd', {}, a.note)] : []),
    ),
    el('h3', {}, t(L, 'sources')),
    sourceList(a.sources, ctx),
  ];
}

export function findingDetailView(
  graph: DataGraph,
  f: Finding,
  ctx: DetailContext,
  tips: { title?: string | undefined; explanation?: string | undefined } = {},
): Node[] {
  const L = ctx.lang;
  const out: Node[] = [el('h3', { id: 'detail-title', ...titled(tips.title) }, f.title[L])];
  if (f.status) out.push(el('p', {}, el('span', { class: `badge c-${f.status}` }, statusText(f.status, L))));
  if (f.explanation)
    out.push(el('p', { class: 'explanation', ...titled(tips.explanation) }, f.explanation[L]));
  const nodes = el('ul', { class: 'sources' });
  for (const n of f.nodes.filter((n) => graph.hasNode(n))) {
    const b = el('button', { type: 'button', class: 'linklike' }, graph.getNodeAttribute(n, 'name'));
    b.addEventListener('click', () => ctx.openNode(n));
    nodes.append(el('li', {}, b));
  }
  out.push(nodes, el('h3', {}, t(L, 'sources')), sourceList(f.sources, ctx));
  return out;
}

export function sourceList(sources: SourceRef[] | undefined, ctx: DetailContext): HTMLElement {
  const L = ctx.lang;
  const list = el('ul', { class: 'sources' });
  for (const s of sources ?? []) {
    const li = el('li', { class: 'source' }, el('strong', { class: 'locator' }, s.locator));
    if (s.doc === 'scenario') li.append(' ', el('em', { class: 'muted' }, t(L, 'hypothetical')));
    if (s.excerpt) {
      li.append(' ', el('span', { class: 'excerpt' }, `“${s.excerpt}”`), ' ');
      const more = el('button', { type: 'button', class: 'linklike' }, t(L, 'showPassage'));
      more.addEventListener('click', () => {
        more.disabled = true;
        void api
          .passage(s.doc, s.excerpt!)
          .then((r) => {
            if (r.passage?.found) li.append(el('p', { class: 'passage' }, r.passage.text ?? ''));
            more.remove();
          })
          .catch(() => more.remove());
      });
      li.append(more);
    }
    list.append(li);
  }
  return list;
}
