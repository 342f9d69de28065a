/**
 * A language's segmentation profile: which characters the scanner stops at and what they are, the
 * abbreviations, sentence starters and months the rules consult, and the few conventions that differ
 * between languages (Armenian ends sentences with `:` and not with `.`, Greek asks with `;`, Arabic
 * breaks at `،` and `:`, Chinese and Japanese full stops need no space after them).
 */
import { primaryLanguage } from '../language/index.ts';
import { abbreviationsOf, type AbbreviationKind } from './abbreviations.ts';
import { monthsOf, startersOf, writesOrdinalsWithFullStop } from './starters.ts';

/** What a character is to the scanner; 0 for every other character, which it skips. */
export const Stop = {
  None: 0,
  /** `.`: ends a sentence, or an abbreviation, a number, a URL… */
  Dot: 1,
  /** `!`, `?` and the like: end a sentence when a space and a sentence follow. */
  Strong: 2,
  /** `…`, `‥` */
  Ellipsis: 3,
  /** `。`, `！`, `？`, `।`, `።`: end a sentence with or without a space after. */
  Closed: 4,
  /** Line and paragraph separators: always end a unit. */
  Line: 5,
  /** An opening bracket or quotation mark. */
  Open: 6,
  /** A closing bracket or quotation mark. */
  Close: 7,
  /** A quotation mark that opens or closes depending on where it stands (`"`, `'`, `“`, `«`, `»`…). */
  Quote: 8,
  /** A bullet (`•`, `⁃`): starts a list item wherever it stands after a space. */
  Bullet: 9,
} as const;
export type Stop = (typeof Stop)[keyof typeof Stop];

export interface Profile {
  readonly primary: string;
  readonly stops: Uint8Array;
  readonly abbreviations: ReadonlyMap<string, AbbreviationKind>;
  /** Capitalised words that start sentences; null when capitalisation alone decides. */
  readonly starters: ReadonlySet<string> | null;
  readonly months: ReadonlySet<string>;
  /** `12. Juni`: a number with a full stop is an ordinal before a month or after a lowercase word. */
  readonly ordinals: boolean;
  /** Kazakh: `кім? не?` — a question or exclamation ends the sentence even before a lowercase word. */
  readonly breaksBeforeLowercase: boolean;
  /** Arabic: `،` ends a unit, except between the items of an enumeration. */
  readonly commaEnds: boolean;
  /** Chinese and Japanese: `?` and `!` end a sentence before an ideograph or kana even without a space. */
  readonly cjk: boolean;
  /** English: a parenthesis opening with a relative pronoun comments on the sentence before it (`… true!' (Which was…)`). */
  readonly english: boolean;
  /** Names that end in an exclamation mark (`Yahoo!`), lowercase. */
  readonly exclaimedNames: ReadonlySet<string>;
}

const OPENERS = '([{（［｛「『《〈【〔〖｢„‚';
const CLOSERS = ')]}）］｝」』》〉】〕〗｣’';
const QUOTES = '"\'“”«»‹›‘';
const BULLETS = '•‣⁃◦▪●■◆◇○□➢➤►⦿⁌⁍';
const LINES = '\n\r\v\f\u0085\u2028\u2029';
const STRONG = '!?‼⁇⁈⁉؟۔';
const CLOSED = '。｡．！？।॥።፧፨။។៕';

function baseStops(): Uint8Array {
  const stops = new Uint8Array(0x10000);
  const set = (chars: string, stop: Stop): void => {
    for (const char of chars) stops[char.charCodeAt(0)] = stop;
  };
  set('.', Stop.Dot);
  set(STRONG, Stop.Strong);
  set('…‥', Stop.Ellipsis);
  set(CLOSED, Stop.Closed);
  set(LINES, Stop.Line);
  set(OPENERS, Stop.Open);
  set(CLOSERS, Stop.Close);
  set(QUOTES, Stop.Quote);
  set(BULLETS, Stop.Bullet);
  return stops;
}

/** Characters that end sentences in one language only; false when the language has none of its own. */
function languageStops(primary: string, stops: Uint8Array): boolean {
  if (primary === 'hy') {
    // Armenian: `։` (often typed as `:`) is the full stop; `.` is a pause inside the sentence.
    stops[0x2e] = Stop.None;
    stops[0x3a] = Stop.Strong;
    stops[0x589] = Stop.Strong;
  } else if (primary === 'el') {
    stops[0x3b] = Stop.Strong; // `;` is the Greek question mark
    stops[0x37e] = Stop.Strong;
  } else if (primary === 'ar') {
    stops[0x60c] = Stop.Strong; // `،`
    stops[0x3a] = Stop.Strong; // `:` before a space (`05:01` stays whole)
  } else {
    return false;
  }
  return true;
}

const EXCLAIMED_NAMES: Record<string, string> = { en: 'yahoo jeopardy joomla yum' };

const profiles = new Map<string, Profile>();

/** Languages with something of their own in this folder; any other language is segmented as `und`. */
const KNOWN = new Set([
  'en', 'de', 'da', 'nb', 'nn', 'no', 'sv', 'nl', 'fr', 'es', 'it', 'pt', 'pl', 'cs', 'sk', 'ru', 'uk', 'bg', 'kk',
  'el', 'tr', 'id', 'ms', 'fi', 'hu', 'hr', 'sr', 'bs', 'sl', 'et', 'lv', 'lt', 'is', 'fo', 'eu', 'ca', 'gl', 'ro',
  'sq', 'sw', 'tl', 'vi', 'hy', 'ar', 'ja', 'zh',
]);

/** The language whose rules segment `lang` (`en-GB` → `en`); `und` for a tag without a usable primary language. */
function segmentationLanguage(lang: string): string {
  const primary = primaryLanguage(lang);
  return /^[a-z]{2,3}$/.test(primary) ? primary : 'und';
}

let sharedStops: Uint8Array | null = null;

function stopsFor(primary: string): Uint8Array {
  sharedStops ??= baseStops();
  const own = baseStops();
  return languageStops(primary, own) ? own : sharedStops;
}

/**
 * The profile of `lang`. Languages the rules know nothing particular about share one profile (English
 * rules for an undetermined language, the common Latin-script abbreviations otherwise), so the cache
 * holds at most one profile per language named in this folder.
 */
export function profileFor(lang: string): Profile {
  let primary = segmentationLanguage(lang);
  if (!KNOWN.has(primary)) primary = 'und';
  let profile = profiles.get(primary);
  if (!profile) {
    const stops = stopsFor(primary);
    profile = {
      primary,
      stops,
      abbreviations: abbreviationsOf(primary === 'und' ? 'en' : primary),
      starters: startersOf(primary === 'und' ? 'en' : primary),
      months: monthsOf(primary),
      ordinals: writesOrdinalsWithFullStop(primary),
      breaksBeforeLowercase: primary === 'kk',
      commaEnds: primary === 'ar',
      cjk: primary === 'ja' || primary === 'zh',
      english: primary === 'en' || primary === 'und',
      exclaimedNames: new Set((EXCLAIMED_NAMES[primary === 'und' ? 'en' : primary] ?? '').split(' ').filter(Boolean)),
    };
    profiles.set(primary, profile);
  }
  return profile;
}
