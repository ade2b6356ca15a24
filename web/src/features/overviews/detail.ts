// A finding beside the matrix or the list, as the detail panel shows one: the norm and what was
// found, the explanation, the roles and units involved (each opens in the graph) and the sources with
// their verbatim excerpts and "Toon passage". Built on the detail panel's own view, so the two agree.
import { plainText, relabelCodes } from '../../../../src/model/labels';
import type { Finding } from '../../graph/findings';
import type { DataGraph } from '../../graph/visibility';
import type { Lang } from '../../state';
import { findingDetailView } from '../../ui/detail';
import type { DetailContext } from '../../ui/detail';
import { el } from '../../ui/dom';
import { normText } from './matrix';
import { findingKey, subjectText } from './producers';
import type { DeviationFinding } from './producers';
import { tx } from './text';

/** A deviation finding in the shape the detail panel reads; code values in the text are labelled. */
export function asFinding(f: DeviationFinding, index: number, graph: DataGraph): Finding {
  const title = (L: Lang) => `${normText(graph, f.article, L)} · ${subjectText(f.subject, L)}`;
  return {
    index,
    title: { nl: title('nl'), en: title('en') },
    status: f.status,
    cells: [],
    explanation: { nl: relabelCodes(f.explanation.nl, 'nl'), en: relabelCodes(f.explanation.en, 'en') },
    nodes: f.evidence.nodes,
    edges: f.evidence.edges,
    sources: f.sources,
    anchor: f.evidence.nodes[0],
  };
}

export function findingDetail(
  f: DeviationFinding,
  index: number,
  graph: DataGraph,
  ctx: DetailContext,
): HTMLElement {
  const L = ctx.lang;
  const view = findingDetailView(graph, asFinding(f, index, graph), ctx);
  // The detail panel's title id is taken (it may show at the same time): this one has its own.
  const title = view[0] as HTMLElement;
  title.id = 'ov-detail-title';
  const facts = el(
    'dl',
    { class: 'ov-facts' },
    el('dt', {}, tx(L, 'expected')),
    el('dd', {}, plainText(f.expected, L)),
    el('dt', {}, tx(L, 'actual')),
    el('dd', {}, plainText(f.actual, L)),
  );
  const rest = view.slice(1);
  // The roles and units of the evidence are the first list: give it a heading of its own.
  const evidence = rest.findIndex((n) => n instanceof HTMLUListElement);
  if (evidence >= 0) rest.splice(evidence, 0, el('h3', {}, tx(L, 'evidence')));
  const consultation = f.formalConsultationRequired
    ? [el('p', { class: 'ov-note' }, tx(L, 'consultation'))]
    : [];
  return el(
    'section',
    {
      class: 'ov-detail',
      id: 'ov-detail',
      'data-finding': findingKey(f),
      'aria-labelledby': 'ov-detail-title',
    },
    title,
    facts,
    ...consultation,
    ...rest,
  );
}
