// Synthetic datasets of the same shape as the real one, with a known set of planted findings, so tests
// can check that the analyses find exactly what was planted, and benchmarks can scale to 100k nodes.
// Everything is drawn from a seeded generator: the same (ministries, seed) gives the same dataset.
import seedrandom from 'seedrandom';
import { z } from 'zod';
import { resolveOptions } from '../analyses/options';
import type { DataFile } from '../model/validate';

export const GENERATE_DEFAULTS = {
  ministries: 12,
  seed: 'cio-graph',
  decentralMin: 3,
  decentralMax: 30,
  /** Probabilities of planted findings per ministry. */
  pUnderPsg: 0.15,
  pExplained: 0.08,
  pNotInBestuursraad: 0.2,
  pCisoOutside: 0.1,
  pCtoAtProvider: 0.3,
  pContestedFte: 0.1,
  /** Share of extra Rijk-level gremia that are planted in overlapping pairs. */
  pOverlapPair: 0.3,
};
export type GenerateOptions = typeof GENERATE_DEFAULTS;

export const GenerateOptionsSchema = z.strictObject({
  ministries: z.number().int().min(1).max(100_000),
  seed: z.string().min(1),
  decentralMin: z.number().int().min(0),
  decentralMax: z.number().int().min(0),
  pUnderPsg: z.number().min(0).max(1),
  pExplained: z.number().min(0).max(1),
  pNotInBestuursraad: z.number().min(0).max(1),
  pCisoOutside: z.number().min(0).max(1),
  pCtoAtProvider: z.number().min(0).max(1),
  pContestedFte: z.number().min(0).max(1),
  pOverlapPair: z.number().min(0).max(1),
});

/** What the generator planted: the analyses should find exactly this and nothing else. */
export interface PlantedFindings {
  seed: string;
  ministries: number;
  deviations: { article: string; subject: string; status: 'deviation' | 'explained' }[];
  overlapPairs: { a: string; b: string; reported: boolean }[];
  fragmented: string[];
  contradictions: { subject: string; property: string }[];
}

export interface GeneratedDataset {
  files: DataFile[];
  planted: PlantedFindings;
  nodeCount: number;
  edgeCount: number;
}

type Rec = Record<string, unknown>;
const SRC = ['generated'];

export function generateDataset(options: Partial<GenerateOptions> = {}): GeneratedDataset {
  const o = resolveOptions('synthetic', GenerateOptionsSchema, GENERATE_DEFAULTS, options);
  const rng = seedrandom(o.seed);
  const planted: PlantedFindings = {
    seed: o.seed,
    ministries: o.ministries,
    deviations: [],
    overlapPairs: [],
    fragmented: [],
    contradictions: [],
  };
  const rijkNodes: Rec[] = [];
  const rijkEdges: Rec[] = [];
  const files: DataFile[] = [
    {
      path: 'sources.yaml',
      parsed: {
        documents: [
          {
            id: 'synthetic',
            title: `Synthetic CIO-stelsel (seed ${o.seed})`,
            author: 'cio-graph generate',
            date: '2024-09-24',
            default: true,
          },
        ],
      },
    },
  ];
  const node = (id: string, kind: string, name: string, extra: Rec = {}): Rec => ({
    id,
    kind,
    name,
    sources: SRC,
    ...extra,
  });
  const edge = (kind: string, from: string, to: string, extra: Rec = {}): Rec => ({
    kind,
    from,
    to,
    sources: SRC,
    ...extra,
  });
  const fact = (value: unknown) => ({ value, sources: SRC });
  let nodeCount = 0;
  let edgeCount = 0;

  // Rijk level: CIO Rijk chairs the CIO-beraad; the CTO-raad chair is a coin flip (planted 15.7).
  rijkNodes.push(
    node('rijk/CIO-Rijk', 'role', 'CIO Rijk', {
      type: 'cio_rijk',
      facts: {
        involvedInCioAppointments: fact('always'),
        managesIctDashboard: fact(true),
        appointedByMinisterBzk: fact(true),
      },
    }),
    node('rijk/CISO-Rijk', 'role', 'CISO Rijk', {
      type: 'ciso_rijk',
      facts: { appointedByMinisterBzk: fact(true) },
    }),
    node('rijk/hoofd-IDenV', 'role', 'Afdelingshoofd ID&V', { type: 'head_of_department' }),
    node('cio-beraad', 'body', 'CIO-beraad', { type: 'council' }),
    node('cto-raad', 'body', 'CTO-raad', { type: 'voorportaal' }),
    node('topic/cio-beraad', 'topic', 'Kaderstelling', { type: 'agenda' }),
    node('topic/cto-raad', 'topic', 'ICT-dienstverlening', { type: 'agenda' }),
  );
  rijkEdges.push(
    edge('reports_to', 'rijk/CISO-Rijk', 'rijk/CIO-Rijk'),
    edge('chairs', 'rijk/CIO-Rijk', 'cio-beraad'),
    edge('handles', 'cio-beraad', 'topic/cio-beraad'),
    edge('handles', 'cto-raad', 'topic/cto-raad'),
    edge('prepares_for', 'cto-raad', 'cio-beraad'),
  );
  if (rng() < 0.5) {
    rijkEdges.push(edge('chairs', 'rijk/hoofd-IDenV', 'cto-raad'));
    planted.deviations.push({ article: '15.7', subject: 'rijk', status: 'deviation' });
  } else {
    rijkEdges.push(edge('chairs', 'rijk/CIO-Rijk', 'cto-raad'));
  }

  // Extra Rijk gremia, each with its own topic; planted pairs share a topic and an expert member.
  const gremia = Math.max(4, Math.ceil(o.ministries / 2));
  for (let g = 0; g < gremia; g++) {
    rijkNodes.push(
      node(`gremium-${g}`, 'body', `Gremium ${g}`, { type: 'committee' }),
      node(`topic/g${g}`, 'topic', `Onderwerp ${g}`, { type: 'agenda' }),
    );
    rijkEdges.push(
      edge('handles', `gremium-${g}`, `topic/g${g}`),
      edge('advises', `gremium-${g}`, 'cio-beraad'),
    );
  }
  for (let g = 0; g + 1 < gremia; g += 2) {
    if (rng() >= o.pOverlapPair) continue;
    const [a, b] = [`gremium-${g}`, `gremium-${g + 1}`];
    const reported = rng() < 0.5;
    rijkNodes.push(
      node(`topic/shared-${g}`, 'topic', `Gedeeld onderwerp ${g}`, { type: 'agenda' }),
      node(`rijk/expert-${g}`, 'role', `Expert ${g}`, { type: 'other' }),
    );
    rijkEdges.push(
      edge('handles', a, `topic/shared-${g}`),
      edge('handles', b, `topic/shared-${g}`),
      edge('member_of', `rijk/expert-${g}`, a),
      edge('member_of', `rijk/expert-${g}`, b),
    );
    // Every other reported pair is an n-ary statement (here naming the two bodies and their topic),
    // the others the older two-body reported_overlap edge: the analyses treat both alike.
    if (reported && g % 4 === 0) {
      rijkNodes.push(
        node(`statement/overlap-${g}`, 'statement', `Overlap ${g}`, {
          type: 'double_agendering',
          saidBy: 'adr',
        }),
      );
      rijkEdges.push(
        edge('concerns', `statement/overlap-${g}`, a),
        edge('concerns', `statement/overlap-${g}`, b),
        edge('concerns', `statement/overlap-${g}`, `topic/shared-${g}`),
      );
    } else if (reported) rijkEdges.push(edge('reported_overlap', a, b, { nature: 'overlap' }));
    planted.overlapPairs.push({ a, b, reported });
  }

  const width = String(o.ministries).length;
  for (let i = 0; i < o.ministries; i++) {
    const m = `M${String(i + 1).padStart(width, '0')}`;
    const nodes: Rec[] = [];
    const edges: Rec[] = [];
    const underPsg = rng() < o.pUnderPsg;
    const explained = underPsg && rng() < o.pExplained / Math.max(o.pUnderPsg, 1e-9);
    const inBr = rng() >= o.pNotInBestuursraad;
    const cisoOutside = rng() < o.pCisoOutside;
    const ctoAtProvider = rng() < o.pCtoAtProvider;
    const contestedFte = rng() < o.pContestedFte;
    const cioFacts: Rec = {
      function: fact('directeur'),
      fulltime: fact(rng() < 0.5),
      inBestuursraad: fact(inBr),
      selfAgenda: fact(true),
    };
    if (explained) {
      cioFacts.explain = fact('formal');
      cioFacts.explainCovers = fact(['3.1']);
    }
    nodes.push(
      node(m, 'ministry', `Ministerie ${m}`, { facts: { stelselVariant: fact('core_plus_stelsel') } }),
      node(`${m}/SG`, 'role', `SG ${m}`, { type: 'SG' }),
      node(`${m}/pSG`, 'role', `pSG ${m}`, { type: 'pSG' }),
      node(`${m}/CIO`, 'role', `CIO ${m}`, { type: 'departmental_cio', facts: cioFacts }),
      node(`${m}/CIO-office`, 'organisation', `CIO-office ${m}`, {
        type: 'cio_office',
        facts: { fte: contestedFte ? { claims: [fact('10-20'), fact('30-40')] } : fact('10-20') },
      }),
      // The report's own wordings of how often a body meets; a third of the councils say nothing.
      node(`${m}/cio-raad`, 'body', `CIO-raad ${m}`, {
        type: 'council',
        ...(i % 3 < 2
          ? { facts: { meetingFrequency: fact(i % 3 ? 'maandelijks' : 'één keer per zes weken') } }
          : {}),
      }),
    );
    edges.push(
      edge('reports_to', `${m}/CIO`, underPsg ? `${m}/pSG` : `${m}/SG`),
      edge('reports_to', `${m}/pSG`, `${m}/SG`),
      edge('part_of', `${m}/CIO-office`, m),
      edge('serves', `${m}/CIO-office`, `${m}/CIO`),
      edge('chairs', `${m}/CIO`, `${m}/cio-raad`),
      edge('member_of', `${m}/CIO`, 'cio-beraad', { vote: 'voting', seat: 'permanent' }),
    );
    if (underPsg)
      planted.deviations.push({ article: '3.1', subject: m, status: explained ? 'explained' : 'deviation' });
    if (!inBr) planted.deviations.push({ article: '3.4', subject: m, status: 'deviation' });
    if (contestedFte) planted.contradictions.push({ subject: `${m}/CIO-office`, property: 'fte' });

    let fragmented = false;
    if (cisoOutside || ctoAtProvider) {
      nodes.push(node(`${m}/DG`, 'organisation', `DG ${m}`, { type: 'directorate' }));
      edges.push(edge('part_of', `${m}/DG`, m));
    }
    for (const cxo of ['CISO', 'CPO', 'CTO', 'CDO']) {
      let placement = 'cio_office';
      let host = `${m}/CIO-office`;
      if (cxo === 'CISO' && cisoOutside) [placement, host] = ['elsewhere_in_ministry', `${m}/DG`];
      if (cxo === 'CTO' && ctoAtProvider) {
        [placement, host] = ['it_service_provider', `${m}/ITSP`];
        nodes.push(
          node(`${m}/ITSP`, 'organisation', `IT-dienstverlener ${m}`, { type: 'it_service_provider' }),
        );
        edges.push(edge('part_of', `${m}/ITSP`, `${m}/DG`));
      }
      if (placement !== 'cio_office') fragmented = true;
      nodes.push(
        node(`${m}/${cxo}`, 'role', `${cxo} ${m}`, {
          type: cxo,
          facts: { present: fact(true), placement: fact(placement) },
        }),
      );
      edges.push(edge('hosted_by', `${m}/${cxo}`, host));
    }
    if (cisoOutside) planted.deviations.push({ article: '6.1', subject: m, status: 'deviation' });
    if (fragmented) planted.fragmented.push(m);

    const k = o.decentralMin + Math.floor(rng() * (o.decentralMax - o.decentralMin + 1));
    for (let j = 0; j < k; j++) {
      const org = `${m}/O${j}`;
      const role = `${m}/CIO-O${j}`;
      nodes.push(
        node(org, 'organisation', `Organisatie ${j} ${m}`, { type: 'unit_or_agency', abbreviation: `O${j}` }),
      );
      nodes.push(node(role, 'role', `CIO O${j} ${m}`, { type: 'decentral_cio' }));
      edges.push(
        edge('part_of', org, m),
        edge('hosted_by', role, org),
        edge('reports_to', role, `${m}/CIO`),
        edge('member_of', role, `${m}/cio-raad`),
      );
    }
    nodeCount += nodes.length;
    edgeCount += edges.length;
    files.push({ path: `ministries/${m}.yaml`, parsed: { nodes, edges } });
  }
  nodeCount += rijkNodes.length;
  edgeCount += rijkEdges.length;
  files.push({ path: 'rijk.yaml', parsed: { nodes: rijkNodes, edges: rijkEdges } });
  return { files, planted, nodeCount, edgeCount };
}
