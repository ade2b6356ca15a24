// A proposal's rationale in Dutch and English: what each move does and why the data suggests it, the
// effect on the objectives, and the report's own words where the report raises the option (with the
// passages that weigh against it), or the plain statement that it does not.
import type { Explanation } from '../analyses/types';
import { resolveFact } from '../model/facts';
import type { OrgGraph } from '../model/types';
import type { Snapshot } from '../model/vocabulary';
import type { Move } from './moves';
import { OBJECTIVE_TITLES } from './options';
import type { ObjectiveId } from './options';
import { REPORT_OPTIONS } from './report-options';
import type { ReportPassage } from './report-options';
import type { ObjectiveValues } from './search';

export interface Citation extends ReportPassage {
  /** Which report option or stated overlap the passage belongs to. */
  for: string;
}

function label(graph: OrgGraph, id: string): string {
  if (!graph.hasNode(id)) return id;
  const a = graph.getNodeAttributes(id);
  return a.abbreviation && a.abbreviation !== a.name ? `${a.name} (${a.abbreviation})` : a.name;
}

function list(items: string[], lang: 'nl' | 'en'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${lang === 'nl' ? 'en' : 'and'} ${items.at(-1)}`;
}

/** What two bodies share in the graph as given (the base graph: what the data says). */
function sharedOf(graph: OrgGraph, x: string, y: string): { topics: string[]; members: string[] } {
  const collect = (body: string, kind: 'handles' | 'member_of') => {
    const out = new Set<string>();
    if (!graph.hasNode(body)) return out;
    if (kind === 'handles')
      graph.forEachOutEdge(body, (_e, a, _s, t) => void (a.kind === kind && out.add(t)));
    else graph.forEachInEdge(body, (_e, a, s) => void (a.kind === kind && out.add(s)));
    return out;
  };
  const inter = (kind: 'handles' | 'member_of') => {
    const b = collect(y, kind);
    return [...collect(x, kind)].filter((v) => b.has(v)).sort();
  };
  return { topics: inter('handles'), members: inter('member_of') };
}

export function describeMove(graph: OrgGraph, m: Move): Explanation {
  const n = (id: string) => label(graph, id);
  switch (m.kind) {
    case 'merge': {
      const shared = sharedOf(graph, m.from, m.into);
      const nl = [
        shared.topics.length ? `gedeelde onderwerpen: ${list(shared.topics.map(n), 'nl')}` : '',
        shared.members.length ? `gedeelde leden: ${list(shared.members.map(n), 'nl')}` : '',
      ].filter(Boolean);
      const en = [
        shared.topics.length ? `shared topics: ${list(shared.topics.map(n), 'en')}` : '',
        shared.members.length ? `shared members: ${list(shared.members.map(n), 'en')}` : '',
      ].filter(Boolean);
      return {
        nl: `Voeg ${n(m.from)} samen met ${n(m.into)}${nl.length ? ` (${nl.join('; ')})` : ''}; ${n(m.into)} blijft bestaan en neemt onderwerpen, leden, voorzitters en relaties over.`,
        en: `Merge ${n(m.from)} into ${n(m.into)}${en.length ? ` (${en.join('; ')})` : ''}; ${n(m.into)} remains and takes over its topics, members, chairs and relations.`,
      };
    }
    case 'retire': {
      const re = m.reroute.map((r) => `${n(r.from)} → ${n(r.to)}`);
      return {
        nl: `Hef ${n(m.body)} op: elk van zijn onderwerpen wordt elders op hetzelfde niveau behandeld.${re.length ? ` De voorbereiding wordt omgeleid: ${list(re, 'nl')}.` : ''}`,
        en: `Retire ${n(m.body)}: every one of its topics is handled elsewhere at the same level.${re.length ? ` Preparation is rerouted: ${list(re, 'en')}.` : ''}`,
      };
    }
    case 'move-topic':
      return m.alreadyThere
        ? {
            nl: `Laat ${n(m.topic)} alleen door ${n(m.to)} behandelen, niet meer ook door ${n(m.from)}.`,
            en: `Leave ${n(m.topic)} to ${n(m.to)} alone; ${n(m.from)} no longer handles it too.`,
          }
        : {
            nl: `Verplaats ${n(m.topic)} van ${n(m.from)} naar ${n(m.to)}.`,
            en: `Move ${n(m.topic)} from ${n(m.from)} to ${n(m.to)}.`,
          };
    case 'drop-seat':
      return {
        nl: `${n(m.role)} verlaat ${n(m.body)}, een voorportaal van ${n(m.via)}, waarin ${n(m.role)} al zit.`,
        en: `${n(m.role)} leaves ${n(m.body)}, a voorportaal of ${n(m.via)}, in which ${n(m.role)} already sits.`,
      };
    case 'set-chair':
      return {
        nl: `${n(m.role)} wordt voorzitter van ${n(m.body)} (nu: ${list(m.previous.map(n), 'nl')}).`,
        en: `${n(m.role)} becomes chair of ${n(m.body)} (now: ${list(m.previous.map(n), 'en')}).`,
      };
  }
}

/** The report's passages behind a sequence of moves: its own options, and the overlaps it states. */
export function citationsFor(graph: OrgGraph, moves: Move[], snapshot: Snapshot): Citation[] {
  const roleType = (id: string) => (graph.hasNode(id) ? graph.getNodeAttribute(id, 'type') : undefined);
  const out: Citation[] = [];
  const seen = new Set<string>();
  const add = (c: Citation) => {
    const k = `${c.locator}|${c.excerpt ?? ''}`;
    if (!seen.has(k)) {
      seen.add(k);
      out.push(c);
    }
  };
  for (const m of moves) {
    for (const option of REPORT_OPTIONS)
      if (option.matches(m, roleType)) for (const p of option.passages) add({ ...p, for: option.id });
    // A merge or retirement that ends an overlap the report states cites the statement, as data/ has it.
    const ends = m.kind === 'merge' ? [[m.from, m.into]] : m.kind === 'retire' ? [[m.body, undefined]] : [];
    for (const [x, y] of ends) {
      if (!x || !graph.hasNode(x)) continue;
      graph.forEachEdge(x, (_e, a, s, t) => {
        if (a.kind !== 'reported_overlap' || !a.validIn.includes(snapshot)) return;
        if (y !== undefined && s !== y && t !== y) return;
        for (const src of a.sources) add({ ...src, for: `reported-overlap:${[s, t].sort().join('|')}` });
      });
    }
    // Issue 10's statements: a statement naming the merged pair (or the retired body) is cited likewise.
    for (const [x, y] of ends) {
      if (!x || !graph.hasNode(x)) continue;
      graph.forEachInEdge(x, (_e, a, st) => {
        if (a.kind !== 'concerns' || graph.getNodeAttribute(st, 'kind') !== 'statement') return;
        if (y !== undefined && !graph.outNeighbors(st).includes(y)) return;
        for (const src of graph.getNodeAttribute(st, 'sources')) add({ ...src, for: `statement:${st}` });
      });
    }
    // A body the report anchors as a voorportaal weighs against removing it.
    const removed = m.kind === 'merge' ? m.from : m.kind === 'retire' ? m.body : undefined;
    const anchored =
      removed && graph.hasNode(removed) ? resolveFact(graph, removed, 'isVoorportaal', snapshot) : undefined;
    if (anchored && !('contested' in anchored) && anchored.value === true)
      for (const src of anchored.sources) add({ ...src, counter: true, for: 'anchored-voorportaal' });
  }
  return out;
}

const fmt = (x: number) => (Number.isInteger(x) ? String(x) : x.toFixed(3));

export function rationale(
  graph: OrgGraph,
  moves: Move[],
  before: ObjectiveValues,
  after: ObjectiveValues,
  objectives: readonly ObjectiveId[],
  citations: Citation[],
): Explanation {
  const steps = moves.map((m) => describeMove(graph, m));
  const effects = objectives
    .filter((o) => before[o] !== after[o])
    .map((o) => ({ o, text: `${fmt(before[o])} → ${fmt(after[o])}` }));
  const options = [...new Set(citations.map((c) => c.for))]
    .map((id) => REPORT_OPTIONS.find((r) => r.id === id))
    .filter((r) => r !== undefined);
  const stated = citations.some(
    (c) => c.for.startsWith('reported-overlap:') || c.for.startsWith('statement:'),
  );
  const cite = (lang: 'nl' | 'en') => {
    if (!citations.length)
      return lang === 'nl'
        ? 'Het rapport noemt deze optie niet zelf; ze volgt uit de gegevens.'
        : 'The report does not raise this option itself; it follows from the data.';
    const parts = options.map((r) => r.summary[lang]);
    if (stated)
      parts.push(
        lang === 'nl'
          ? 'Het rapport noemt de overlap tussen deze gremia zelf.'
          : 'The report itself states the overlap between these bodies.',
      );
    const quotes = citations.map(
      (c) =>
        `${c.counter ? (lang === 'nl' ? 'daartegenover ' : 'against it ') : ''}[${c.locator}] “${c.excerpt ?? ''}”`,
    );
    return `${parts.join(' ')} ${quotes.join('; ')}`;
  };
  return {
    nl: [
      ...steps.map((s) => s.nl),
      `Effect: ${effects.map((e) => `${OBJECTIVE_TITLES[e.o].nl} ${e.text}`).join('; ')}.`,
      cite('nl'),
    ].join(' '),
    en: [
      ...steps.map((s) => s.en),
      `Effect: ${effects.map((e) => `${OBJECTIVE_TITLES[e.o].en} ${e.text}`).join('; ')}.`,
      cite('en'),
    ].join(' '),
  };
}
