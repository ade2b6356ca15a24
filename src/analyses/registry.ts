// The analyses, described once: id, titles, parameters with defaults and validation, the output schema,
// how to run and how to tabulate. The CLI, the API and the viewer all read this list.
import { z } from 'zod';
import { InvalidArgumentError } from '../model/errors';
import type { OrgGraph } from '../model/types';
import { SNAPSHOTS } from '../model/vocabulary';
import { CENTRALITY_DEFAULTS, CentralityOptionsSchema, centrality } from './centrality';
import type { CentralityResult } from './centrality';
import { CONTRADICTIONS_DEFAULTS, ContradictionsOptionsSchema, contradictions } from './contradictions';
import type { Contradiction } from './contradictions';
import { DEVIATIONS_DEFAULTS, DeviationsOptionsSchema, deviations } from './deviations';
import { FragmentationOptionsSchema, fragmentation } from './fragmentation';
import type { FragmentationResult } from './fragmentation';
import { OVERLAP_DEFAULTS, OverlapOptionsSchema, overlap } from './overlap';
import type { OverlapResult } from './overlap';
import type { DeviationFinding } from './rules';
import { FINDING_STATUSES } from './rules';
import type { Explanation, Lang, TabularOutput } from './types';

export interface ParameterSpec {
  id: string;
  type: 'number' | 'string' | 'boolean' | 'enum' | 'string[]';
  defaultValue: unknown;
  description: Explanation;
  min?: number;
  max?: number;
  values?: readonly string[];
}

export interface AnalysisDescriptor<O = unknown> {
  id: string;
  title: Explanation;
  description: Explanation;
  parameters: ParameterSpec[];
  optionsSchema: z.ZodType;
  outputSchema: z.ZodType;
  run(graph: OrgGraph, options?: Record<string, unknown>): O;
  tabulate(output: O, lang: Lang): TabularOutput;
}

const Source = z.object({ doc: z.string(), locator: z.string(), excerpt: z.string().optional() });
const Evidence = z.object({ nodes: z.array(z.string()), edges: z.array(z.string()) });
const FactValue = z.union([z.string(), z.number(), z.boolean(), z.array(z.string()), z.null()]);
const snapshotParam: ParameterSpec = {
  id: 'snapshot',
  type: 'enum',
  values: SNAPSHOTS,
  defaultValue: '2024',
  description: {
    nl: 'Peilmoment: nulmeting 2021 of evaluatie 2024',
    en: 'Snapshot: 2021 baseline or 2024 evaluation',
  },
};

const fmt = (x: number) => x.toFixed(3);
const loc = (sources: { locator: string }[]) => [...new Set(sources.map((s) => s.locator))].join('; ');

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

export const overlapAnalysis: AnalysisDescriptor<OverlapResult> = {
  id: 'overlap',
  title: { nl: 'Overlap tussen gremia', en: 'Overlap between gremia' },
  description: {
    nl: 'Per paar gremia de overlap in onderwerpen en leden (Jaccard), een gecombineerde score en of het rapport de overlap zelf noemt; per CIO de gremia en dubbel geagendeerde onderwerpen.',
    en: 'Per pair of gremia the overlap of topics and members (Jaccard), a combined score and whether the report states the overlap; per CIO the gremia and topics met twice.',
  },
  parameters: [
    snapshotParam,
    {
      id: 'topicWeight',
      type: 'number',
      min: 0,
      max: 1,
      defaultValue: OVERLAP_DEFAULTS.topicWeight,
      description: { nl: 'Gewicht van onderwerpoverlap', en: 'Weight of topic overlap' },
    },
    {
      id: 'memberWeight',
      type: 'number',
      min: 0,
      max: 1,
      defaultValue: OVERLAP_DEFAULTS.memberWeight,
      description: { nl: 'Gewicht van ledenoverlap', en: 'Weight of member overlap' },
    },
    {
      id: 'chairsAreMembers',
      type: 'boolean',
      defaultValue: false,
      description: { nl: 'Tel voorzitters als lid', en: 'Count chairs as members' },
    },
    {
      id: 'minScore',
      type: 'number',
      min: 0,
      max: 1,
      defaultValue: 0,
      description: { nl: 'Minimale score', en: 'Minimum score' },
    },
  ],
  optionsSchema: OverlapOptionsSchema,
  outputSchema: z.object({
    pairs: z.array(
      z.object({
        a: z.string(),
        b: z.string(),
        level: z.enum(['rijk', 'departmental', 'mixed']),
        topicJaccard: z.number(),
        memberJaccard: z.number(),
        sharedTopics: z.array(z.string()),
        sharedMembers: z.array(z.string()),
        score: z.number(),
        reported: z.boolean(),
        reportedNature: z.array(z.string()),
        sources: z.array(Source),
      }),
    ),
    roles: z.array(
      z.object({
        role: z.string(),
        bodies: z.array(z.string()),
        repeatedTopics: z.array(z.object({ topic: z.string(), bodies: z.array(z.string()) })),
      }),
    ),
  }),
  run: (graph, options) => overlap(graph, options),
  tabulate: (result, lang) => ({
    headers:
      lang === 'nl'
        ? [
            'A',
            'B',
            'Niveau',
            'Score',
            'J(onderwerpen)',
            'J(leden)',
            'Gedeelde onderwerpen',
            'In rapport',
            'Bronnen',
          ]
        : ['A', 'B', 'Level', 'Score', 'J(topics)', 'J(members)', 'Shared topics', 'In report', 'Sources'],
    rows: result.pairs.map((p) => [
      p.a,
      p.b,
      p.level,
      fmt(p.score),
      fmt(p.topicJaccard),
      fmt(p.memberJaccard),
      p.sharedTopics.join(', '),
      p.reported ? (lang === 'nl' ? 'ja' : 'yes') : '',
      loc(p.sources),
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
