// How often a body meets, read from the report's own wording (the body fact `meetingFrequency`).
// The data keeps the wording verbatim; this module turns it into meetings per year for the analyses.
// It recognises only the forms in FREQUENCY_FORMS and never guesses: hedged wording ("vaak 1 x per
// jaar"), wording with two different frequencies and anything else is `unknown`, with the reason.

export type Frequency =
  | { known: true; perYear: number; form: string }
  | { known: false; reason: 'empty' | 'hedged' | 'ambiguous' | 'unrecognised' };

/** Periods per year of each unit of time the report counts meetings in (52 weeks a year). */
const PERIODS_PER_YEAR: Record<string, number> = {
  week: 52,
  weken: 52,
  maand: 12,
  maanden: 12,
  kwartaal: 4,
  kwartalen: 4,
  halfjaar: 2,
  jaar: 1,
  jaren: 1,
  // English, for datasets that extend the report's own records.
  weeks: 52,
  month: 12,
  months: 12,
  quarter: 4,
  quarters: 4,
  year: 1,
  years: 1,
};

const NUMBER_WORDS: Record<string, number> = {
  een: 1,
  twee: 2,
  drie: 3,
  vier: 4,
  vijf: 5,
  zes: 6,
  zeven: 7,
  acht: 8,
  negen: 9,
  tien: 10,
  elf: 11,
  twaalf: 12,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  six: 6,
};

/** Adverbs of frequency: the prefix (twee-, drie-, half-) divides or multiplies the base period. */
const ADVERBS: Record<string, number> = {
  wekelijks: 52,
  tweewekelijks: 26,
  driewekelijks: 52 / 3,
  vierwekelijks: 13,
  maandelijks: 12,
  // The report's own misspelling (factsheet SZW, twice): its wording, so recognised, not guessed.
  maandlijks: 12,
  tweemaandelijks: 6,
  driemaandelijks: 4,
  halfjaarlijks: 2,
  jaarlijks: 1,
  tweejaarlijks: 0.5,
  driejaarlijks: 1 / 3,
  weekly: 52,
  monthly: 12,
  quarterly: 4,
  annually: 1,
  yearly: 1,
};

/** Words that make a stated frequency approximate or conditional: the number is then not the report's. */
const HEDGES =
  /\b(vaak|soms|meestal|ongeveer|circa|ca|gemiddeld|minimaal|maximaal|tenminste|ten minste|hooguit|zo nodig|indien nodig|wanneer nodig|ad hoc|ad-hoc|wisselend|onregelmatig|often|sometimes|about|roughly|at least|at most|as needed)\b/;

const NUM = `(\\d+|${Object.keys(NUMBER_WORDS).join('|')})`;
const UNIT = `(${Object.keys(PERIODS_PER_YEAR).join('|')})`;

const count = (word: string | undefined): number =>
  word === undefined || word === '' ? 1 : /^\d+$/.test(word) ? Number(word) : (NUMBER_WORDS[word] ?? NaN);

/**
 * The documented table of forms, in the order they are tried. Each is a pattern on the normalised
 * wording (lower case, accents and markup removed) and how a match becomes meetings per year.
 */
export const FREQUENCY_FORMS: {
  form: string;
  example: string;
  pattern: RegExp;
  perYear: (m: RegExpMatchArray) => number;
}[] = [
  {
    form: 'N keer/x/maal per [M] unit',
    example: '1x per 2 weken = 26; drie keer per jaar = 3; één keer per zes weken = 8.67',
    pattern: new RegExp(
      `\\b${NUM}\\s*(?:x|keer|maal|times?)\\s+(?:per|a|every)\\s+${NUM}?\\s*${UNIT}\\b`,
      'g',
    ),
    perYear: (m) => (count(m[1]) * PERIODS_PER_YEAR[m[3]!]!) / count(m[2]),
  },
  {
    form: 'eens/once/twice per [M] unit',
    example: 'eens per zes weken = 8.67; eens per maand = 12',
    pattern: new RegExp(`\\b(eens|once|twice)\\s+(?:per|a|every)\\s+${NUM}?\\s*${UNIT}\\b`, 'g'),
    perYear: (m) => ((m[1] === 'twice' ? 2 : 1) * PERIODS_PER_YEAR[m[3]!]!) / count(m[2]),
  },
  {
    form: 'elke/iedere/om de/every [M] unit',
    example: 'iedere zes weken = 8.67; om de twee weken = 26; elk kwartaal = 4',
    pattern: new RegExp(`\\b(?:elk|elke|ieder|iedere|om de|every)\\s+${NUM}?\\s*${UNIT}\\b`, 'g'),
    perYear: (m) => PERIODS_PER_YEAR[m[2]!]! / count(m[1]),
  },
  {
    form: 'adverb (wekelijks, tweewekelijks, maandelijks, halfjaarlijks, jaarlijks, …)',
    example: 'maandelijks = 12; wekelijkse = 52; halfjaarlijks = 2',
    pattern: new RegExp(`\\b(${Object.keys(ADVERBS).join('|')})e?\\b`, 'g'),
    perYear: (m) => ADVERBS[m[1]!]!,
  },
  {
    form: 'per kwartaal',
    example: 'per kwartaal = 4',
    pattern: /\bper kwartaal\b/g,
    perYear: () => 4,
  },
];

/** Lower case, accents off (één → een), the report's markup and punctuation as spaces. */
export function normaliseWording(wording: string): string {
  return wording
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/<\/?[a-z]+>|\*/g, ' ')
    .replace(/[–—:;,()]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Meetings per year for the report's wording, or why it is unknown. */
export function parseFrequency(wording: string | undefined | null): Readonly<Frequency> {
  const key = wording ?? '';
  let parsed = PARSED.get(key);
  if (!parsed) {
    if (PARSED.size >= PARSED_LIMIT) PARSED.clear();
    PARSED.set(key, (parsed = Object.freeze(parseWording(key))));
  }
  return parsed;
}

// A generated 100k-node stelsel has thousands of bodies but a few dozen wordings, and overlap's meeting
// load parsed each body's wording on every run (normalising and ten regular expressions, 5% of the
// analysis at 100k nodes). Parsed once per wording instead; bounded, since wordings come from edits.
const PARSED = new Map<string, Readonly<Frequency>>();
const PARSED_LIMIT = 4096;

function parseWording(wording: string): Frequency {
  const text = normaliseWording(wording);
  if (!text) return { known: false, reason: 'empty' };
  if (HEDGES.test(text)) return { known: false, reason: 'hedged' };
  const found = new Map<number, string>();
  let rest = text;
  for (const f of FREQUENCY_FORMS) {
    for (const m of rest.matchAll(f.pattern)) {
      const perYear = f.perYear(m);
      if (Number.isFinite(perYear) && perYear > 0) found.set(Math.round(perYear * 1e6) / 1e6, f.form);
    }
    // A phrase counted by one form must not count again under a later one ("per kwartaal").
    rest = rest.replace(f.pattern, ' ');
  }
  if (found.size === 0) return { known: false, reason: 'unrecognised' };
  if (found.size > 1) return { known: false, reason: 'ambiguous' };
  const [[perYear, form]] = [...found.entries()] as [[number, string]];
  return { known: true, perYear, form };
}
