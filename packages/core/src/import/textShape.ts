/** Judgements on the shape of a short piece of text: does it end a sentence, could it be a title or a name. */

const SENTENCE_END = new Set(['.', '!', '?', '…', '。', '！', '？', '｡']);
/** Punctuation a title, a heading or a name does not end with: the end of a sentence or of a clause. */
const CONTINUING = new Set([...SENTENCE_END, ';', ':', ',', '；', '：', '，', '、']);
const CLOSERS = new Set([')', ']', '"', "'", '”', '’', '»', '」', '』', '）']);
const LOWERCASE_START = /^\p{Ll}/u;
const UPPERCASE_OR_DIGIT_START = /^[\p{Lu}\p{Lt}\p{N}]/u;

/** A title is at most this long (the 004 title runs to 81 characters over two lines). */
export const MAX_TITLE_LENGTH = 150;
/** A heading is one line of at most this many characters. */
export const MAX_HEADING_LENGTH = 100;
/** A signatory line (a name and an affiliation) is at most this long. */
export const MAX_NAME_LENGTH = 150;
const MAX_NAME_WORDS = 16;

/** The last character that is not white space, a closing quote or a closing bracket. */
function finalMark(text: string): string {
  let end = text.length;
  while (end > 0 && (CLOSERS.has(text.charAt(end - 1)) || text.charAt(end - 1).trim() === '')) end--;
  return text.charAt(end - 1);
}

export function endsSentence(text: string): boolean {
  return SENTENCE_END.has(finalMark(text));
}

export function startsLowercase(text: string): boolean {
  return LOWERCASE_START.test(text);
}

/** Short, not starting in lowercase, not ending in a sentence's or a clause's punctuation. */
export function isTitleLike(text: string, maxLength = MAX_TITLE_LENGTH): boolean {
  return text.length > 0 && text.length <= maxLength && !startsLowercase(text) && !CONTINUING.has(finalMark(text));
}

/**
 * A byline or an attribution — "Submitted by NGOs participating…", "Drafted by…", "Soumis par…",
 * "Presentado por…" — (a participle and "by"): a line of the text, not a heading, unless it
 * ends with a colon over a list of names.
 */
const BYLINE = /^(?:\p{L}+(?:ed|en)\s+by|\p{L}+(?:é|ée|és|ées|is|ise|it|ite)\s+par|\p{L}+(?:ado|ada|ados|adas|ido|ida|idos|idas)\s+por)\s/iu;

export function isByline(text: string): boolean {
  return BYLINE.test(text.trim()) && !/[:：]$/u.test(text.trim());
}

/** Headings that open a list of signatories, lowercased, without a final colon or a parenthesis. */
const SIGNATORY_HEADINGS = new Set([
  'signatories', 'signatures', 'signed', 'signed by', 'co-signed by', 'cosigned by', 'endorsed by', 'list of signatories',
  'signatory organisations', 'signatory organizations', 'signataires', 'firmantes', 'firmas', 'unterzeichnende',
  'unterzeichner',
]);

/**
 * A heading that opens a list of signatories: "Signatories", "Signed by:", "Signatories (as of 23 January)",
 * "Signed by the following organisations:" — but not a sentence that starts with "Signatures".
 */
export function isSignatoryHeading(text: string): boolean {
  if (text.length > MAX_HEADING_LENGTH) return false;
  let lower = text.trim().toLowerCase();
  const colon = lower.endsWith(':') || lower.endsWith('：');
  if (colon) lower = lower.slice(0, -1).trimEnd();
  const parenthesis = lower.indexOf(' (');
  if (parenthesis > 0 && lower.endsWith(')')) lower = lower.slice(0, parenthesis);
  return SIGNATORY_HEADINGS.has(lower) || (colon && lower.startsWith('signed by '));
}

/** A line that can stand for one signatory: short and not a sentence or clause. */
export function isSignatoryLine(text: string): boolean {
  return text.length > 0 && text.length <= MAX_NAME_LENGTH && !CONTINUING.has(finalMark(text));
}

/**
 * A line that looks like the name of a person or organisation: a signatory line that starts with a
 * capital or a digit and in which most words of three letters or more do ("Center for Democracy and
 * Technology" but not "Freedom of expression").
 */
export function looksLikeName(text: string): boolean {
  if (!isSignatoryLine(text) || !UPPERCASE_OR_DIGIT_START.test(text)) return false;
  const words = text.split(/\s+/u);
  if (words.length > MAX_NAME_WORDS) return false;
  let lettered = 0;
  let capitalised = 0;
  for (const word of words) {
    const bare = word.replace(/^[^\p{L}\p{N}]+/u, '');
    if (bare.length < 3) continue;
    lettered++;
    if (UPPERCASE_OR_DIGIT_START.test(bare)) capitalised++;
  }
  return capitalised * 2 > lettered;
}
