// The candidate finder: every word in the report that may name a gremium (a raad, beraad, overleg,
// board, stuurgroep, …), folded to one key per name, so the coverage ledger (data/_coverage.yaml) can
// account for each one. It is deliberately generous: a generic word ("overleg") is a candidate too and
// the ledger says why it is not modelled. Pure functions over text; no file or graph access.

/**
 * Word endings that mark a body name. A word matches when one of its hyphen-separated parts ends with
 * one of these (Bestuursraad, CIO-beraad, driehoeksoverleg, Portfolioboard), so "overlegstructuren" or
 * "raadplegen" do not.
 */
export const BODY_KEYWORDS = [
  'raad',
  'beraad',
  'overleg',
  'board',
  'stuurgroep',
  'werkgroep',
  'groep',
  'commissie',
  'committee',
  'platform',
  'netwerk',
  'forum',
  'tafel',
  'portaal',
  'kwartet',
  'hub',
] as const;

/** Plural (and diminutive) endings folded to the keyword they belong to. */
const PLURALS: ReadonlyArray<readonly [string, string]> = [
  ['overleggen', 'overleg'],
  ['raden', 'raad'],
  ['beraden', 'beraad'],
  ['boards', 'board'],
  ['groepen', 'groep'],
  ['commissies', 'commissie'],
  ['committees', 'committee'],
  ['platforms', 'platform'],
  ['netwerken', 'netwerk'],
  ['fora', 'forum'],
  ['forums', 'forum'],
  ['tafels', 'tafel'],
  ['portalen', 'portaal'],
  ['hubs', 'hub'],
];

/** Management teams are written "MT" (case-sensitive: "IDI-MT", "MT DBV", "MT's"). */
const MT_PART = /^MT(?:'s)?$/;

/** Name words that may follow a bare keyword: capitalised, an abbreviation, or a quoted name. */
const NAME_WORD = /^['‘"“(]?[A-ZÀÉ][\p{L}\p{N}&.\-–'’)]*[,;:.]?$/u;
/** How many name words a bare keyword may take ("Stuurgroep Versterkt SOC Stelsel Rijk"). */
const MAX_NAME_WORDS = 4;

export interface Candidate {
  /** The folded name every spelling shares: lower case, no diacritics, no separators, singular. */
  key: string;
  /** The spelling of the first mention. */
  name: string;
  /** Every distinct spelling in the text. */
  spellings: string[];
  /** How often the text mentions it. */
  count: number;
  /** 1-based line of the first mention. */
  line: number;
}

/** Lower case, without diacritics, quotes and punctuation, the keyword's plural folded to singular. */
export function foldName(name: string): string {
  const plain = name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/['‘’"“”()]/g, '');
  const words = plain.split(/[\s\-–/]+/).filter(Boolean);
  return words.map(singular).join('');
}

/** The keyword a word part ends with after folding plurals, or undefined. */
export function keywordOf(part: string): string | undefined {
  if (MT_PART.test(part)) return 'mt';
  const lower = singular(part.toLowerCase().replace(/['’]s$/, ''));
  return BODY_KEYWORDS.find((k) => lower.endsWith(k));
}

function singular(word: string): string {
  for (const [plural, one] of PLURALS) {
    if (word.endsWith(plural)) return word.slice(0, word.length - plural.length) + one;
  }
  return word;
}

/**
 * Splits a piece of text into words on white space and slashes. Punctuation stays on the word so a
 * name never runs across a comma ("CIO-beraad, OBDO en ACD" is three names).
 */
export function words(text: string): string[] {
  return text
    .split(/[\s/]+/)
    .map((w) => w.replace(/^[.\-–]+|[-–]+$/g, ''))
    .filter((w) => /[\p{L}\p{N}]/u.test(w));
}

/** The word without the punctuation around it. */
function bareWord(word: string): string {
  return word.replace(/^['‘"“(]+/, '').replace(/[.,;:!?'’"”)]+$/, '');
}

/** Whether a name may not continue after this word (it ends a clause or a quote). */
function endsName(word: string): boolean {
  return /[.,;:!?)'’"”]$/.test(word);
}

/** Whether a word names a body by itself (a compound such as "CISO-raad") or only as a bare keyword. */
export function matchWord(word: string): { keyword: string; bare: boolean } | undefined {
  const clean = bareWord(word);
  const parts = clean.split(/[-–/]/).filter(Boolean);
  for (const part of parts) {
    const keyword = keywordOf(part);
    if (!keyword) continue;
    const bare = parts.length === 1 && singular(part.toLowerCase().replace(/['’]s$/, '')) === keyword;
    return { keyword, bare };
  }
  return undefined;
}

/** Function words that never start a name, though a sentence may capitalise them. */
const STOP_WORDS = new Set(
  'de het een en of van voor aan in op bij met via naar om tot als zo er ook dit deze die dat daarnaast binnen vanuit naast zoals waar wordt is zijn'.split(
    ' ',
  ),
);

function isNameWord(word: string): boolean {
  return NAME_WORD.test(word) && !STOP_WORDS.has(bareWord(word).toLowerCase());
}

/** Pieces of a line no name runs across: table cells (tabs) and sentences. */
export function segments(line: string): string[] {
  return line
    .replace(/\*+|<\/?[a-z]+>/g, ' ')
    .split(/\t|(?<=[.!?])\s+(?=[A-Z])/)
    .filter((s) => s.trim().length > 0);
}

function tidy(name: string): string {
  const trimmed = name.replace(/^['‘"“(]+/, '').replace(/[.,;:!?'’"”]+$/, '');
  if (trimmed.endsWith(')') && !trimmed.includes('(')) return trimmed.slice(0, -1);
  return trimmed.replace(/\(([^)]*)$/, '$1');
}

/** Connectors that may sit inside a name when a capitalised word follows: "Raad voor de Kinderbescherming". */
const CONNECTORS = new Set(['voor', 'van', 'de', 'het']);

/** The capitalised words before a keyword that belong to its name ("Ambtelijke Commissie"). */
function nameBefore(ws: string[], i: number): string[] {
  const before: string[] = [];
  for (let j = i - 1; j >= 0 && before.length < 2; j -= 1) {
    const word = ws[j] as string;
    if (!isNameWord(word) || matchWord(word) || endsName(word)) break;
    before.unshift(word);
    if (word.startsWith('(')) break;
  }
  return before;
}

/**
 * The words after a keyword that belong to its name, and the index after them. A bare keyword
 * ("Overleg", "stuurgroep") takes more: other keyword words ("Tactisch Overleg Rijksnetwerken") and
 * connectors ("Raad voor de Kinderbescherming"); a compound ("CIO-beraad") only plain name words.
 */
function nameAfter(ws: string[], i: number, bare: boolean): { after: string[]; next: number } {
  const after: string[] = [];
  let j = i + 1;
  while (j < ws.length && after.length < MAX_NAME_WORDS) {
    const last = after.at(-1) ?? (ws[i] as string);
    if (endsName(last)) break;
    const word = ws[j] as string;
    if (isNameWord(word) && (bare || !matchWord(word))) {
      after.push(word);
      j += 1;
      continue;
    }
    // An adjective right after a bare keyword takes its noun: "Stuurgroep Digitale weerbaarheid".
    const nounOfAdjective =
      bare &&
      after.length === 1 &&
      /^[A-Z].*e$/.test(last) &&
      /^[a-z]{4,}[,;:.]?$/.test(word) &&
      !STOP_WORDS.has(bareWord(word));
    if (nounOfAdjective) {
      after.push(word);
      j += 1;
      break;
    }
    const k = bare && CONNECTORS.has(word) ? j + (CONNECTORS.has(ws[j + 1] ?? '') ? 2 : 1) : -1;
    if (k > 0 && k < ws.length && isNameWord(ws[k] as string) && !matchWord(ws[k] as string)) {
      after.push(...ws.slice(j, k + 1));
      j = k + 1;
      continue;
    }
    break;
  }
  return { after, next: j };
}

/**
 * The candidate names of one line. A keyword word takes the capitalised words around it
 * ("Ambtelijke Commissie Digitalisering", "stuurgroep I-besturing", "Portfolioboard RBV", "MT DBV",
 * "CIO-beraad Defensie"; an adjective takes its noun: "Stuurgroep Digitale weerbaarheid"), or stands
 * alone ("overleg", "CISO-raad"). A plural never takes a name ("werkgroepen" is a generic mention).
 */
export function candidatesInLine(line: string): string[] {
  const out: string[] = [];
  for (const segment of segments(line)) {
    const ws = words(segment);
    for (let i = 0; i < ws.length; i += 1) {
      const w = ws[i] as string;
      const match = matchWord(w);
      if (!match) continue;
      if (isPlural(bareWord(w), match.keyword)) {
        out.push(tidy(w));
        continue;
      }
      const before = /^[A-Z]/.test(bareWord(w)) ? nameBefore(ws, i) : [];
      const { after, next } = endsName(w) ? { after: [], next: i + 1 } : nameAfter(ws, i, match.bare);
      i = next - 1;
      out.push(tidy([...before, w, ...after].join(' ')));
    }
  }
  return out;
}

function isPlural(word: string, keyword: string): boolean {
  const lower = word.toLowerCase().replace(/['’)]+$/, '');
  return !lower.endsWith(keyword) && singular(lower).endsWith(keyword);
}

/** Every candidate body name in a text, one per folded key, in order of first mention. */
export function findCandidates(text: string): Candidate[] {
  const byKey = new Map<string, Candidate>();
  const lines = text.split(/\r?\n/);
  lines.forEach((line, index) => {
    for (const name of candidatesInLine(line)) {
      const key = foldName(name);
      if (key.length === 0) continue;
      const known = byKey.get(key);
      if (known) {
        known.count += 1;
        if (!known.spellings.includes(name)) known.spellings.push(name);
      } else {
        byKey.set(key, { key, name, spellings: [name], count: 1, line: index + 1 });
      }
    }
  });
  return [...byKey.values()];
}
