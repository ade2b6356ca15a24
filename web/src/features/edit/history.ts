// The history panel: every committed version with who, when, why and its sources, the diff of each
// (its records and every analysis, worded as the scenario view words a diff) and, for admins, revert.
import type { ScenarioResult } from '../../api';
import { subjectNode } from '../../core/overlays/producers';
import { scenarioFindings } from '../../graph/findings';
import type { DataGraph } from '../../graph/visibility';
import type { Lang } from '../../state';
import { el } from '../../ui/dom';
import type { Listen } from '../../ui/dom';
import type { HistoryRow } from './answers';
import { tx } from './text';

/** What GET /api/changes/:id adds to a record: the diff against the version before it. */
export interface ChangeDiff {
  diff: {
    records: {
      addedNodes: string[];
      removedNodes: string[];
      changedNodes: string[];
      changedFacts: string[];
      addedEdges: string[];
      removedEdges: string[];
    };
    analyses: ScenarioResult['diff'];
  };
}

export interface HistoryContext {
  lang: Lang;
  graph: DataGraph;
  rows: HistoryRow[];
  admin: boolean;
  on: Listen;
  loadDiff(version: number): Promise<ChangeDiff>;
  revert(version: number): void;
}

/** The diff of one version as lists: the records it touched, then each analysis that changed. */
export function diffElement(L: Lang, graph: DataGraph, version: number, change: ChangeDiff): HTMLElement {
  const name = (id: string) => (graph.hasNode(id) ? graph.getNodeAttribute(id, 'name') : id);
  const r = change.diff.records;
  const result = {
    scenario: { name: `v${version}`, description: '', snapshot: '2024', operations: 0 },
    diff: change.diff.analyses,
    changes: {
      addedNodes: r.addedNodes,
      removedNodes: r.removedNodes,
      changedNodes: r.changedNodes,
      addedEdges: r.addedEdges,
      removedEdges: r.removedEdges,
    },
  } as ScenarioResult;
  const findings = scenarioFindings(result, name, (s) => subjectNode(graph, s));
  const group = (key: 'added' | 'removed' | 'changed', ids: string[]) =>
    ids.length ? el('li', {}, `${tx(L, key)}: ${ids.map(name).join(', ')}`) : null;
  return el(
    'div',
    { class: 'edit-diff', id: `edit-diff-${version}` },
    el('h4', {}, `${tx(L, 'diffOf')} ${version}`),
    el(
      'ul',
      { class: 'edit-diff-records' },
      group('added', r.addedNodes),
      group('removed', r.removedNodes),
      group('changed', [...new Set([...r.changedNodes, ...r.changedFacts])]),
    ),
    findings.length
      ? el(
          'ul',
          { class: 'edit-diff-analyses' },
          ...findings.map((f) => el('li', { class: f.status ?? '' }, f.title[L])),
        )
      : el('p', { class: 'muted' }, tx(L, 'noDiff')),
  );
}

export function historyElement(h: HistoryContext): HTMLElement {
  const L = h.lang;
  if (!h.rows.length) return el('p', { class: 'muted', id: 'edit-history-list' }, tx(L, 'noHistory'));
  const list = el('ol', { id: 'edit-history-list', class: 'edit-history', reversed: '' });
  for (const row of h.rows) {
    const show = el(
      'button',
      { type: 'button', class: 'edit-show-diff', 'aria-expanded': 'false' },
      `${tx(L, 'showDiff')} ${row.version}`,
    );
    const slot = el('div', {});
    h.on(show, 'click', () => {
      if (show.getAttribute('aria-expanded') === 'true') {
        slot.replaceChildren();
        return show.setAttribute('aria-expanded', 'false');
      }
      show.setAttribute('aria-expanded', 'true');
      void h.loadDiff(row.version).then(
        (change) => slot.replaceChildren(diffElement(L, h.graph, row.version, change)),
        (error: Error) => slot.replaceChildren(el('p', { role: 'alert' }, error.message)),
      );
    });
    const revert =
      h.admin && row.revertable
        ? el('button', { type: 'button', class: 'edit-revert' }, `${tx(L, 'revert')} ${row.version}`)
        : null;
    if (revert) h.on(revert, 'click', () => h.revert(row.version));
    list.append(
      el(
        'li',
        { 'data-version': String(row.version) },
        el(
          'p',
          {},
          el('strong', {}, `${tx(L, 'version')} ${row.version}`),
          row.revertOf !== undefined ? ` (${tx(L, 'revertOf')} ${row.revertOf})` : '',
        ),
        el(
          'dl',
          { class: 'edit-history-facts' },
          el('dt', {}, tx(L, 'who')),
          el('dd', { class: 'edit-who' }, row.who),
          el('dt', {}, tx(L, 'when')),
          el(
            'dd',
            { class: 'edit-when' },
            el('time', { datetime: row.when.replace(' ', 'T') }, `${row.when} UTC`),
          ),
          el('dt', {}, tx(L, 'why')),
          el('dd', { class: 'edit-why' }, row.why),
          el('dt', {}, tx(L, 'sources')),
          el('dd', {}, row.sources.join('; ')),
        ),
        show,
        revert,
        slot,
      ),
    );
  }
  return list;
}
