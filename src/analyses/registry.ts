// The analyses, described once: id, titles, parameters with defaults and validation, the output schema,
// how to run and how to tabulate. The CLI, the API and the viewer all read this list.
import { z } from 'zod';
import { InvalidArgumentError } from '../model/errors';
import { SNAPSHOTS } from '../model/vocabulary';
import { CENTRALITY_DEFAULTS, CentralityOptionsSchema, centrality } from './centrality';
import type { CentralityResult } from './centrality';
import { CONTRADICTIONS_DEFAULTS, ContradictionsOptionsSchema, contradictions } from './contradictions';
import type { Contradiction } from './contradictions';
import { DEVIATIONS_DEFAULTS, DeviationsOptionsSchema, deviations } from './deviations';
import { FragmentationOptionsSchema, fragmentation } from './fragmentation';
import type { FragmentationResult } from './fragmentation';
import { Evidence, FactValue, Source, fmt, loc, snapshotParam } from './descriptor';
import type { AnalysisDescriptor } from './descriptor';
import { overlapAnalysis } from './overlap-descriptor';
import type { DeviationFinding } from './rules';
import { FINDING_STATUSES } from './rules';

export type { AnalysisDescriptor, ParameterSpec } from './descriptor';

export const deviationsAnalysis: AnalysisDescriptor<DeviationFinding[]> = {
  id: 'deviations',
  title: { nl: 'Afwijkingen van het Besluit CIO-stelsel', en: 'Deviations from the Besluit CIO-stelsel' },
  description: {
    nl: 'Toetst de kernelementen van het Besluit (art. 3.1-16.3) per departement en voor het Rijk; afwijkingen met een formele explain heten verklaard.',
    en: 'Tests the core elements of the Besluit (art. 3.1-16.3) per ministry and for the Rijk; deviations with a formal explain are marked explained.',
  },
  parameters: [
    snapshotParam,
    {
      id: 'statuses',
      type: 'string[]',
      values: FINDING_STATUSES,
      defaultValue: DEVIATIONS_DEFAULTS.statuses,
      description: { nl: 'Welke statussen tonen', en: 'Which statuses to show' },
    },
    {
      id: 'articles',
      type: 'string[]',
      defaultValue: [],
      description: { nl: 'Alleen deze artikelen (leeg: alle)', en: 'Only these articles (empty: all)' },
    },
  ],
  optionsSchema: DeviationsOptionsSchema,
  outputSchema: z.array(
    z.object({
      rule: z.string(),
      article: z.string(),
      subject: z.string(),
      status: z.enum(FINDING_STATUSES),
      expected: z.string(),
      actual: z.string(),
      formalConsultationRequired: z.boolean(),
      evidence: Evidence,
      sources: z.array(Source),
      explanation: z.object({ nl: z.string(), en: z.string() }),
    }),
  ),
  run: (graph, options) => deviations(graph, options),
  tabulate: (findings, lang) => ({
    headers:
      lang === 'nl'
        ? ['Art.', 'Subject', 'Status', 'Verwacht', 'Feitelijk', 'Toelichting', 'Bronnen']
        : ['Art.', 'Subject', 'Status', 'Expected', 'Actual', 'Explanation', 'Sources'],
    rows: findings.map((f) => [
      f.article,
      f.subject,
      f.status,
      f.expected,
      f.actual,
      f.explanation[lang],
      loc(f.sources),
    ]),
  }),
};

export const fragmentationAnalysis: AnalysisDescriptor<FragmentationResult[]> = {
  id: 'fragmentation',
  title: { nl: 'Versnippering van CxO-rollen', en: 'CxO fragmentation' },
  description: {
    nl: 'Per departementaal stelsel: waar CISO, CPO, CTO en CDO zitten ten opzichte van de CIO, hoe ver weg en bij hoeveel eenheden; een index van 0 (alles in het CIO-office) tot 1.',
    en: 'Per departmental stelsel: where the CISO, CPO, CTO and CDO sit relative to the CIO, how far and across how many units; an index from 0 (all in the CIO-office) to 1.',
  },
  parameters: [snapshotParam],
  optionsSchema: FragmentationOptionsSchema,
  outputSchema: z.array(
    z.object({
      ministry: z.string(),
      ministries: z.array(z.string()),
      index: z.number().min(0).max(1),
      indexRange: z.tuple([z.number(), z.number()]),
      contested: z.boolean(),
      components: z.object({ distance: z.number(), spread: z.number(), reach: z.number() }),
      roles: z.array(
        z.object({
          role: z.string(),
          id: z.string().nullable(),
          placement: z
            .union([FactValue, z.object({ contested: z.literal(true), values: z.array(FactValue) })])
            .nullable(),
          host: z.array(z.string()),
          hopsFromCio: z.number().nullable(),
        }),
      ),
      hosts: z.number(),
      combined: z.array(z.object({ role: z.string(), with: z.string() })),
      sources: z.array(Source),
    }),
  ),
  run: (graph, options) => fragmentation(graph, options),
  tabulate: (results, lang) => ({
    headers:
      lang === 'nl'
        ? ['Ministerie', 'Index', 'Bereik', 'CISO', 'CPO', 'CTO', 'CDO', 'Eenheden', 'Gecombineerd']
        : ['Ministry', 'Index', 'Range', 'CISO', 'CPO', 'CTO', 'CDO', 'Units', 'Combined'],
    rows: results.map((r) => [
      r.ministry,
      fmt(r.index),
      r.contested ? `${fmt(r.indexRange[0])}-${fmt(r.indexRange[1])}` : '',
      ...r.roles.map((x) =>
        x.placement === null
          ? '—'
          : typeof x.placement === 'object' && !Array.isArray(x.placement)
            ? `? ${x.placement.values.join('/')}`
            : String(x.placement),
      ),
      String(r.hosts),
      r.combined.map((c) => `${c.role}=${c.with}`).join(', '),
    ]),
  }),
};

export const centralityAnalysis: AnalysisDescriptor<CentralityResult> = {
  id: 'centrality',
  title: { nl: 'Netwerkmaten', en: 'Network metrics' },
  description: {
    nl: 'Graad, betweenness, PageRank, Louvain-gemeenschappen (met vaste seed) en makelaarsrol: hoeveel ministeries de buren van een knoop vertegenwoordigen.',
    en: 'Degree, betweenness, PageRank, Louvain communities (seeded) and brokerage: how many ministries the neighbours of a node belong to.',
  },
  parameters: [
    snapshotParam,
    {
      id: 'seed',
      type: 'string',
      defaultValue: CENTRALITY_DEFAULTS.seed,
      description: { nl: 'Seed voor Louvain en steekproef', en: 'Seed for Louvain and sampling' },
    },
    {
      id: 'exactBetweennessLimit',
      type: 'number',
      min: 0,
      defaultValue: CENTRALITY_DEFAULTS.exactBetweennessLimit,
      description: {
        nl: 'Exacte betweenness tot dit aantal knopen',
        en: 'Exact betweenness up to this many nodes',
      },
    },
    {
      id: 'betweennessPivots',
      type: 'number',
      min: 1,
      defaultValue: CENTRALITY_DEFAULTS.betweennessPivots,
      description: {
        nl: 'Aantal bronnen bij geschatte betweenness',
        en: 'Pivot sources for estimated betweenness',
      },
    },
    {
      id: 'louvainResolution',
      type: 'number',
      min: 0,
      defaultValue: 1,
      description: { nl: 'Resolutie van Louvain', en: 'Louvain resolution' },
    },
  ],
  optionsSchema: CentralityOptionsSchema,
  outputSchema: z.object({
    nodes: z.array(
      z.object({
        id: z.string(),
        kind: z.string(),
        degree: z.number(),
        betweenness: z.number(),
        pagerank: z.number(),
        community: z.number(),
        brokerage: z.number(),
      }),
    ),
    modularity: z.number(),
    betweennessMode: z.enum(['exact', 'sampled']),
  }),
  run: (graph, options) => centrality(graph, options),
  tabulate: (result, lang) => ({
    headers:
      lang === 'nl'
        ? ['Knoop', 'Soort', 'Graad', 'Betweenness', 'PageRank', 'Gemeenschap', 'Makelaar (ministeries)']
        : ['Node', 'Kind', 'Degree', 'Betweenness', 'PageRank', 'Community', 'Brokerage (ministries)'],
    rows: result.nodes.map((n) => [
      n.id,
      n.kind,
      String(n.degree),
      n.betweenness.toFixed(5),
      n.pagerank.toFixed(5),
      String(n.community),
      String(n.brokerage),
    ]),
  }),
};

export const contradictionsAnalysis: AnalysisDescriptor<Contradiction[]> = {
  id: 'contradictions',
  title: { nl: 'Tegenstrijdigheden in de bron', en: 'Contradictions in the source' },
  description: {
    nl: 'Elk feit waarover het rapport zichzelf tegenspreekt, met alle beweringen en hun vindplaats.',
    en: 'Every fact on which the report contradicts itself, with every claim and where it is stated.',
  },
  parameters: [
    {
      id: 'snapshots',
      type: 'string[]',
      values: SNAPSHOTS,
      defaultValue: CONTRADICTIONS_DEFAULTS.snapshots,
      description: { nl: 'Peilmomenten', en: 'Snapshots' },
    },
  ],
  optionsSchema: ContradictionsOptionsSchema,
  outputSchema: z.array(
    z.object({
      subject: z.string(),
      property: z.string(),
      snapshot: z.enum(SNAPSHOTS),
      claims: z.array(z.object({ value: FactValue, sources: z.array(Source) })).min(2),
      evidence: Evidence,
    }),
  ),
  run: (graph, options) => contradictions(graph, options),
  tabulate: (items, lang) => ({
    headers:
      lang === 'nl'
        ? ['Subject', 'Eigenschap', 'Peilmoment', 'Beweringen']
        : ['Subject', 'Property', 'Snapshot', 'Claims'],
    rows: items.map((c) => [
      c.subject,
      c.property,
      c.snapshot,
      c.claims.map((x) => `${JSON.stringify(x.value)} [${loc(x.sources)}]`).join(' vs '),
    ]),
  }),
};

export const ANALYSES: readonly AnalysisDescriptor<never>[] = [
  deviationsAnalysis,
  overlapAnalysis,
  fragmentationAnalysis,
  centralityAnalysis,
  contradictionsAnalysis,
] as unknown as AnalysisDescriptor<never>[];

export function getAnalysis(id: string): AnalysisDescriptor<unknown> {
  const found = ANALYSES.find((a) => a.id === id);
  if (!found)
    throw new InvalidArgumentError(
      `cio-graph/analyses: unknown analysis '${id}' (known: ${ANALYSES.map((a) => a.id).join(', ')})`,
    );
  return found as AnalysisDescriptor<unknown>;
}

/** Coerces string parameters (from a CLI flag or a query string) to the declared types. */
export function coerceParameters(
  analysis: AnalysisDescriptor<unknown>,
  raw: Record<string, string | string[]>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    const spec = analysis.parameters.find((p) => p.id === key);
    if (!spec)
      throw new InvalidArgumentError(`cio-graph/analyses: '${analysis.id}' has no parameter '${key}'`);
    const text = Array.isArray(value) ? value.join(',') : value;
    switch (spec.type) {
      case 'number': {
        const n = Number(text);
        if (!Number.isFinite(n))
          throw new InvalidArgumentError(`cio-graph/analyses: parameter '${key}' must be a number`);
        out[key] = n;
        break;
      }
      case 'boolean':
        if (text !== 'true' && text !== 'false')
          throw new InvalidArgumentError(`cio-graph/analyses: parameter '${key}' must be true or false`);
        out[key] = text === 'true';
        break;
      case 'string[]':
        out[key] = text === '' ? [] : text.split(',');
        break;
      default:
        out[key] = text;
    }
  }
  return out;
}
