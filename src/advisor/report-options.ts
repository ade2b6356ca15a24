// Where the report itself raises a restructuring option, with locator and verbatim excerpt (as data/
// cites it; a test checks each excerpt against the report text). A passage marked `counter` is the
// report weighing against the option: a rationale cites it too, so a proposal never reads as if the
// report simply asked for it.
import type { SourceRef } from '../model/types';
import type { Move } from './moves';

export interface ReportPassage extends SourceRef {
  counter?: boolean;
}

export interface ReportOption {
  id: string;
  /** Whether a move is this option. */
  matches(m: Move, roleType: (id: string) => string | undefined): boolean;
  summary: { nl: string; en: string };
  passages: ReportPassage[];
}

const DOC = 'adr2024';
const pair = (m: Move, x: string, y: string) =>
  m.kind === 'merge' && ((m.from === x && m.into === y) || (m.from === y && m.into === x));
/** A move that removes the body (merges it away or retires it). */
const involves = (m: Move, id: string) =>
  (m.kind === 'merge' && m.from === id) || (m.kind === 'retire' && m.body === id);

export const REPORT_OPTIONS: ReportOption[] = [
  {
    id: 'merge-acd-cio-beraad',
    matches: (m) => pair(m, 'acd', 'cio-beraad'),
    summary: {
      nl: 'Het rapport noemt samenvoeging van de ACD en het CIO-beraad als mogelijke optie.',
      en: 'The report names merging the ACD and the CIO-beraad as a possible option.',
    },
    passages: [
      {
        doc: DOC,
        locator: 'par. 3.2.1',
        excerpt:
          'Uit onze gesprekken blijkt er met name een overlap tussen de ACD, waar de maatschappelijke opgaven centraal staan, en het CIO-beraad zelf waarin in zekere mate dezelfde onderwerpen ook aan de orde komen.',
      },
      {
        doc: DOC,
        locator: 'par. 3.2.1',
        excerpt: 'Een andere optie ligt mogelijk in de samenvoeging van beide overlegstructuren.',
      },
      {
        doc: DOC,
        locator: 'par. 3.2.1',
        excerpt:
          'Dat vergt goed beargumenteerde en transparante afwegingen vanuit CIO Rijk, de departementen en gezamenlijk in het CIO-beraad.',
        counter: true,
      },
    ],
  },
  {
    id: 'divide-acd-cio-beraad',
    matches: (m) =>
      m.kind === 'move-topic' &&
      ((m.from === 'acd' && m.to === 'cio-beraad') || (m.from === 'cio-beraad' && m.to === 'acd')),
    summary: {
      nl: 'Het rapport noemt een scheidslijn tussen het CIO-beraad (bedrijfsvoering) en de ACD (maatschappelijke opgaven).',
      en: 'The report names a dividing line between the CIO-beraad (operations) and the ACD (societal tasks).',
    },
    passages: [
      {
        doc: DOC,
        locator: 'par. 3.2.1',
        excerpt: 'Een mogelijke scheidslijn zou kunnen liggen in de afbakening van werkzaamheden',
      },
    ],
  },
  {
    id: 'vooroverleg-added-value',
    matches: (m) => involves(m, 'vooroverleg-cio-beraad'),
    summary: {
      nl: 'Het rapport trekt de meerwaarde van het vooroverleg CIO-beraad in twijfel, maar adviseert het ook een sterkere rol te geven.',
      en: 'The report questions the added value of the vooroverleg CIO-beraad, but also advises giving it a stronger role.',
    },
    passages: [
      {
        doc: DOC,
        locator: 'par. 3.2.1',
        excerpt: 'Betrokkenen trekken met name de effectiviteit van het vooroverleg in twijfel',
      },
      {
        doc: DOC,
        locator: 'par. 5.1.2',
        excerpt:
          'Meerdere departementen hebben aangegeven dat het functioneren van het vooroverleg CIO-beraad nog niet optimaal is.',
      },
      {
        doc: DOC,
        locator: 'par. 3.2.1',
        excerpt:
          'Met name het vooroverleg CIO-beraad met afvaardiging van hoofden CIO-offices zou daarin nog een sterkere rol kunnen krijgen',
        counter: true,
      },
    ],
  },
  {
    id: 'cio-rijk-chairs-cto-raad',
    matches: (m, roleType) =>
      m.kind === 'set-chair' && m.body === 'cto-raad' && roleType(m.role) === 'cio_rijk',
    summary: {
      nl: 'Het rapport stelt vast dat het voorzitterschap van de CTO-raad niet overeenkomt met het Besluit (art. 15.7).',
      en: 'The report finds that the chair of the CTO-raad does not match the Besluit (art. 15.7).',
    },
    passages: [
      {
        doc: DOC,
        locator: 'par. 5.2.2',
        excerpt:
          'De CIO Rijk is momenteel niet de voorzitter van de CTO-raad. Dat komt niet overeen met het Besluit.',
      },
      {
        doc: DOC,
        locator: 'par. 5.2.2',
        excerpt:
          'Deze inrichting komt overeen met de recentelijk afgesproken inrichtingsprincipes van het CIO-beraad.',
        counter: true,
      },
    ],
  },
  {
    id: 'double-agendering',
    matches: (m) => m.kind === 'move-topic' && m.alreadyThere,
    summary: {
      nl: 'Het rapport noemt dubbele agendering in verschillende overlegstructuren inefficiënt.',
      en: 'The report calls double agendering in several consultation structures inefficient.',
    },
    passages: [
      {
        doc: DOC,
        locator: 'par. 5.1.1',
        excerpt:
          'Uit onze gesprekken wordt met name dubbele agendering in verschillende overlegstructuren als inefficiënt benoemd.',
      },
    ],
  },
  {
    id: 'cios-meet-in-many-gremia',
    matches: (m) => m.kind === 'drop-seat',
    summary: {
      nl: 'Het rapport stelt dat departementale CIO’s elkaar in meerdere gremia over dezelfde opgave treffen.',
      en: 'The report finds that departmental CIOs meet in several gremia on the same task.',
    },
    passages: [
      {
        doc: DOC,
        locator: 'par. 3.2.1',
        excerpt:
          "de departementale CIO's komen elkaar binnen meerdere gremia tegen over onderwerpen die alle te maken hebben met de digitaliseringsopgave.",
      },
    ],
  },
];
