// The overlap analysis in the registry: parameters, output schema and tables (pairs, then meeting
// load per departmental CIO and the topics a CIO meets in more than one body).
import { z } from 'zod';
import { BODY_LEVELS } from '../model/vocabulary';
import { Source, fmt, loc, snapshotParam } from './descriptor';
import type { AnalysisDescriptor } from './descriptor';
import { OVERLAP_DEFAULTS, OVERLAP_RELATIONS, OverlapOptionsSchema, overlap } from './overlap';
import type { OverlapResult } from './overlap';
import type { Lang } from './types';

const yes = (lang: Lang) => (lang === 'nl' ? 'ja' : 'yes');
const perYear = (x: number) => (Number.isInteger(x) ? String(x) : x.toFixed(2));

const RELATION_TEXT = {
  overlap: { nl: 'overlap', en: 'overlap' },
  cross_level: { nl: 'spiegeling (departement ↔ Rijk)', en: 'mirroring (department ↔ Rijk)' },
  chain: { nl: 'spiegeling (keten, andere mensen)', en: 'mirroring (chain, other people)' },
} as const;

export const overlapAnalysis: AnalysisDescriptor<OverlapResult> = {
  id: 'overlap',
  title: { nl: 'Overlap tussen gremia', en: 'Overlap between gremia' },
  description: {
    nl: 'Dubbele agendering: per paar gremia het aandeel gedeelde onderwerpen, gewogen naar dezelfde mensen aan beide tafels (departementale CIO-zetels zwaarder); paren die het stelsel bewust koppelt (departement ↔ Rijk, of een keten met andere mensen) heten spiegeling. De Jaccard-termen blijven zichtbaar; elk paar uit een uitspraak van het rapport is gemarkeerd. Per CIO de vergaderlast per jaar en de onderwerpen in meer dan één gremium.',
    en: 'Double agendering: per pair of gremia the share of topics they share, weighted by the same people at both tables (departmental CIO seats count more); pairs the stelsel joins on purpose (department ↔ Rijk, or a chain of other people) are mirroring. The Jaccard terms stay visible; every pair a statement of the report names is marked. Per CIO the meetings a year and the topics met in more than one body.',
  },
  parameters: [
    snapshotParam,
    {
      id: 'topicWeight',
      type: 'number',
      min: 0,
      max: 1,
      defaultValue: OVERLAP_DEFAULTS.topicWeight,
      description: {
        nl: 'Gewicht van onderwerpoverlap (Jaccard-score)',
        en: 'Weight of topic overlap (Jaccard score)',
      },
    },
    {
      id: 'memberWeight',
      type: 'number',
      min: 0,
      max: 1,
      defaultValue: OVERLAP_DEFAULTS.memberWeight,
      description: {
        nl: 'Gewicht van ledenoverlap (Jaccard-score)',
        en: 'Weight of member overlap (Jaccard score)',
      },
    },
    {
      id: 'chairsAreMembers',
      type: 'boolean',
      defaultValue: false,
      description: {
        nl: 'Tel voorzitters als lid (Jaccard-score)',
        en: 'Count chairs as members (Jaccard score)',
      },
    },
    {
      id: 'cioSeatWeight',
      type: 'number',
      min: 1,
      max: 10,
      defaultValue: OVERLAP_DEFAULTS.cioSeatWeight,
      description: {
        nl: 'Gewicht van de zetel van een departementale CIO',
        en: "Weight of a departmental CIO's seat",
      },
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
        level: z.enum([...BODY_LEVELS, 'mixed']),
        relation: z.enum(OVERLAP_RELATIONS),
        mirroring: z.enum(['cross_level', 'chain']).nullable(),
        chain: z.array(z.string()),
        score: z.number().min(0).max(1),
        topicShare: z.number(),
        peopleShare: z.number(),
        peopleKnown: z.boolean(),
        sharedTopics: z.array(z.string()),
        sharedMembers: z.array(z.string()),
        sharedPeople: z.array(z.string()),
        sharedCioSeats: z.number().int(),
        topicJaccard: z.number(),
        memberJaccard: z.number(),
        jaccardScore: z.number(),
        reported: z.boolean(),
        reportedNature: z.array(z.string()),
        statements: z.array(z.string()),
        sources: z.array(Source),
      }),
    ),
    roles: z.array(
      z.object({
        role: z.string(),
        bodies: z.array(z.string()),
        repeatedTopics: z.array(
          z.object({
            topic: z.string(),
            bodies: z.array(z.string()),
            meetingsPerYear: z.number(),
            unknownFrequency: z.array(z.string()),
          }),
        ),
        load: z.object({
          meetingsPerYear: z.number(),
          known: z.number().int(),
          unknown: z.number().int(),
          frequencies: z.array(
            z.object({
              body: z.string(),
              wording: z.array(z.string()).nullable(),
              perYear: z.number().nullable(),
              reason: z.enum(['not_stated', 'contested', 'hedged', 'ambiguous', 'unrecognised']).optional(),
            }),
          ),
        }),
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
            'Relatie',
            'Score',
            'Aandeel onderwerpen',
            'Aandeel mensen',
            'J(onderwerpen)',
            'J(leden)',
            'Jaccard-score',
            'Gedeelde onderwerpen',
            'Gedeelde mensen (CIO)',
            'In rapport',
            'Bronnen',
          ]
        : [
            'A',
            'B',
            'Level',
            'Relation',
            'Score',
            'Topic share',
            'People share',
            'J(topics)',
            'J(members)',
            'Jaccard score',
            'Shared topics',
            'Shared people (CIO)',
            'In report',
            'Sources',
          ],
    rows: result.pairs.map((p) => [
      p.a,
      p.b,
      p.level,
      RELATION_TEXT[p.mirroring ?? 'overlap'][lang] + (p.chain.length ? ` [${p.chain.join(', ')}]` : ''),
      fmt(p.score),
      fmt(p.topicShare),
      p.peopleKnown ? fmt(p.peopleShare) : '?',
      fmt(p.topicJaccard),
      fmt(p.memberJaccard),
      fmt(p.jaccardScore),
      p.sharedTopics.join(', '),
      p.sharedPeople.length ? `${p.sharedPeople.length} (${p.sharedCioSeats})` : '',
      p.reported ? `${yes(lang)}: ${p.statements.length}` : '',
      loc(p.sources),
    ]),
    sections: [
      {
        title:
          lang === 'nl'
            ? 'Vergaderlast per departementale CIO (vergaderingen per jaar waar het rapport de frequentie noemt)'
            : 'Meeting load per departmental CIO (meetings a year where the report states the frequency)',
        headers:
          lang === 'nl'
            ? [
                'Rol',
                'Gremia',
                'Per jaar (ten minste)',
                'Bekend',
                'Onbekend',
                'Frequenties',
                'Onbekende gremia',
              ]
            : ['Role', 'Bodies', 'A year (at least)', 'Known', 'Unknown', 'Frequencies', 'Unknown bodies'],
        rows: result.roles.map((r) => [
          r.role,
          String(r.bodies.length),
          perYear(r.load.meetingsPerYear),
          String(r.load.known),
          String(r.load.unknown),
          r.load.frequencies
            .filter((f) => f.perYear !== null)
            .map((f) => `${f.body} ${perYear(f.perYear!)}`)
            .join('; '),
          r.load.frequencies
            .filter((f) => f.perYear === null)
            .map((f) => `${f.body} (${f.reason})`)
            .join('; '),
        ]),
      },
      {
        title:
          lang === 'nl'
            ? 'Onderwerpen die een CIO in meer dan één gremium bespreekt'
            : 'Topics a CIO meets in more than one body',
        headers:
          lang === 'nl'
            ? ['Rol', 'Onderwerp', 'Gremia', 'Per jaar (ten minste)', 'Frequentie onbekend']
            : ['Role', 'Topic', 'Bodies', 'A year (at least)', 'Frequency unknown'],
        rows: result.roles.flatMap((r) =>
          r.repeatedTopics.map((t) => [
            r.role,
            t.topic,
            t.bodies.join(', '),
            perYear(t.meetingsPerYear),
            t.unknownFrequency.join(', '),
          ]),
        ),
      },
    ],
  }),
};
