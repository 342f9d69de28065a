/**
 * Clean mode: text tidied up before it is segmented, the way upstream (pragmatic_segmenter, pySBD)
 * does with its `clean` option, for text that comes from somewhere careless: a web page copied with
 * its markup, a PDF with its lines hard-wrapped, a text pasted with wrapped lines and runs of spaces.
 *
 * Cleaning is DESTRUCTIVE by design: the pieces of `segmentSentences(text, lang, { clean: true })`
 * join back to `cleanText(text, lang)`, not to `text`. The importers and the editor never use it: they
 * keep every character of the source, reflow hard-wrapped lines themselves (see `import/plainText.ts`)
 * and call the segmenter in its default, non-destructive mode. Clean mode exists for scoring against
 * upstream's clean-mode expectations and for callers who want upstream's behaviour on raw text.
 *
 * The rules, in order (each is a general rule, none looks at a particular text):
 *
 * 1. Markup: an HTML or XML tag (`<em>`, `</p>`, `<img src="…">`, `<bpt i="0">`) and an escaped
 *    tag (`&lt;b&gt;`) are removed; a tag of a block element (`<p>`, `<div>`, `<h2>`, `<li>`, `<br>`…)
 *    becomes a paragraph break, so that the blocks it separated do not run together. This is the only
 *    rule that removes characters other than white space.
 * 2. Line breaks: `\r\n`, `\r`, vertical tab, form feed (a PDF page break), NEL and U+2028 become `\n`;
 *    U+2029 (paragraph separator) becomes a blank line.
 * 3. White space inside a line: a run of three or more white-space characters (layout: indentation,
 *    alignment, `*       *`) becomes one space; a run of two stays (two spaces after a full stop is a
 *    typing convention, and upstream keeps them too); white space at the start and end of a line goes,
 *    and a line of only white space is blank. Runs of blank lines become one blank line (a paragraph
 *    break), and blank lines at the start and end go.
 * 4. Errant line breaks: a single line break between two lines is removed when the line before does
 *    not end a sentence and the next line continues it:
 *    - a line that is only sentence punctuation (`.`, `. More`) belongs to the line before: no space;
 *    - a line before that ends with sentence punctuation (possibly followed by closing quotation marks
 *      or brackets) ends a sentence, and a next line that starts a list item (a bullet, `1.`, `a)`,
 *      `(iv)`) starts something new: the break stays;
 *    - between two CJK characters (Han, kana, CJK punctuation) the break goes, with no space (these
 *      scripts put no spaces between words), when the line before ends with a comma or enumeration mark
 *      (`、`, `，`, `・`) or a Japanese particle that only links to what follows (`の`, `を`, `が`, `へ`,
 *      `と`, `で`, `や`, `も`): `これは父の\n家です。`. A CJK line ending otherwise (`これは山です`, a
 *      noun, a closing bracket) may be a heading or a list item ended on purpose, and there is no white
 *      space to tell, so its break stays unless the text is a PDF;
 *    - elsewhere the break becomes one space when the next line starts with a lowercase letter or an
 *      opening parenthesis or bracket AND the line before ended with white space before the break
 *      (the trace of a wrapped line: the space between two words was kept and a break added after it;
 *      a line ended on purpose, such as the items of `features\ncontact manager`, has none);
 *    - with `docType: 'pdf'` (text extracted from a PDF, whose lines are hard-wrapped) either sign is
 *      enough: a next line starting in lowercase or with a bracket, or white space before the break
 *      whatever the next line starts with (`Andere \nFischsorten`); and between CJK characters the
 *      break always goes.
 *    Other scripts without case (Arabic, Hebrew, Hangul, Devanagari…) give no sign in the next line, so
 *    their breaks are joined only in a PDF (after white space).
 *
 * Not done, because they are not general rules or they change more than white space and markup:
 * literal `\n` and `\r` escape sequences turned into line breaks (they would break Windows paths, code
 * and TeX in real text); one tool's inline placeholders (`{b^>1<b^}`); dot leaders and page numbers of
 * a table of contents, runs of dots and slashes, lines of underscores (these delete text the author
 * wrote; recognising a table of contents or a separator is the importer's job); letters on lines of
 * their own glued into words (`W\nA\nRN\nI\nNG`: it glues real lists of short items too); lines that
 * are only a number (page numbers, but also list numbers and years) dropped; quotation marks rewritten
 * (`` ` `` to `'`).
 */
import * as chars from './charInfo.ts';
import * as profiles from './profiles.ts';

const { LOWER, charInfo } = chars;
const { Stop, profileFor } = profiles;
type Profile = profiles.Profile;

export interface CleanOptions {
  /**
   * `'pdf'`: the text was extracted from a PDF and its lines are hard-wrapped, so a line break before
   * a line that continues the sentence is joined more readily (see rule 4 above). Used only in clean mode.
   */
  docType?: 'pdf' | null;
}

export interface SegmentOptions extends CleanOptions {
  /**
   * Clean the text before segmenting it (see `cleanText`). Destructive: the pieces join back to the
   * cleaned text, not to the input. Off by default; the importers and the editor never turn it on.
   */
  clean?: boolean;
}

/** Elements whose tags separate blocks of text: their tags become a paragraph break. */
const BLOCK_ELEMENTS = new Set(
  (
    'address article aside blockquote body br caption dd div dl dt figcaption figure footer form h1 h2 h3 h4 h5 h6 ' +
    'head header hr html li main nav ol p pre section table tbody td tfoot th thead title tr ul'
  ).split(' '),
);

/**
 * An HTML or XML tag: `<name`, then nothing or white space and attributes (no `<` or `>` in them),
 * then `>` or `/>`. Each attempt scans at most to the next `<` or `>`, so the whole is linear.
 */
const TAG = /<\/?([A-Za-z][\w:.-]*)(?:\s[^<>]*)?\/?>/g;
/** The same tag escaped as it appears in text: `&lt;b&gt;`, `&lt;/b&gt;`, `&lt;a href="x"&gt;`. */
const ESCAPED_TAG = /&lt;\/?([A-Za-z][\w:.-]*)(?:\s(?:[^&<>]|&(?!lt;|gt;))*)?\/?&gt;/g;

const LINE_BREAKS = /\r\n?|[\v\f\u0085\u2028]/g;
const PARAGRAPH_SEPARATOR = /\u2029/g;
const SPACE_RUN = /[^\S\n]{3,}/g;

/** Han, kana, bopomofo, and the CJK and full-width punctuation that goes with them. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Bopomofo}\u3001-\u303f\u30fb\u30fc\uff01-\uff65]/u;
/**
 * What a CJK line cannot end with unless the sentence goes on: a comma or enumeration mark, or one of
 * the Japanese particles that only link to what follows (`の` "of", `を` object, `が` subject, `へ`
 * "to", `と` "and"/quotation, `で` "at"/"by", `や` "and", `も` "also"). Particles that also end
 * greetings and headings (`は` in `こんにちは`, `に` in `はじめに`) are left out.
 */
const CJK_LINKING = new Set([...'、，､・のをがへとでやも']);

/**
 * A list item's start: a dash or star and a space; a Japanese bullet or a circled number (`・`, `※`,
 * `①`); `(1)`, `(b)`, `1)`, `iv)`, `1.)`, `1.）`; or `1.`, `a.`, `iv.` followed by white space or the
 * end of the line. (Bullets such as `•` are the profile's.)
 */
const LIST_ITEM =
  /^(?:[-*·–—]\s|[・※\u2460-\u2473\u2776-\u277f]|[(（]\s*(?:\p{Nd}{1,3}|\p{L}|[ivxlc]{1,6}|[IVXLC]{1,6})[.．]?[)）]|(?:\p{Nd}{1,3}|\p{L}|[ivxlc]{1,6}|[IVXLC]{1,6})(?:[.．]?[)）]|[.．](?=\s|$)))/u;

function removeMarkup(text: string): string {
  const replace = (_tag: string, name: string): string => (BLOCK_ELEMENTS.has(name.toLowerCase()) ? '\n\n' : '');
  // A cheap test first: most text has neither.
  let out = text.includes('<') ? text.replace(TAG, replace) : text;
  if (out.includes('&lt;')) out = out.replace(ESCAPED_TAG, replace);
  return out;
}

interface Line {
  /** The line without white space at its ends, runs of white space inside it made one space. */
  text: string;
  /** Whether white space stood at its end, before the break. */
  spaceBefore: boolean;
}

/**
 * The text cleaned as described at the top of this file. Only markup tags and white space change: with
 * tags and white space removed, the result equals the input with tags and white space removed.
 */
export function cleanText(text: string, lang: string, options: CleanOptions = {}): string {
  const profile = profileFor(lang);
  const pdf = options.docType === 'pdf';
  const normalised = removeMarkup(text).replace(LINE_BREAKS, '\n').replace(PARAGRAPH_SEPARATOR, '\n\n');

  const paragraphs: string[] = [];
  let current = '';
  let previous: Line | null = null;
  for (const raw of normalised.split('\n')) {
    const collapsed = raw.replace(SPACE_RUN, ' ');
    const line: Line = { text: collapsed.trim(), spaceBefore: collapsed !== collapsed.trimEnd() };
    if (line.text === '') {
      // A blank line: the paragraph ends here.
      if (current !== '') paragraphs.push(current);
      current = '';
      previous = null;
      continue;
    }
    current = previous === null ? line.text : current + separator(previous, line, profile, pdf) + line.text;
    previous = line;
  }
  if (current !== '') paragraphs.push(current);
  return paragraphs.join('\n\n');
}

/** What the single line break between `before` and `after` (both non-blank) becomes: `\n`, ` ` or nothing. */
function separator(before: Line, after: Line, profile: Profile, pdf: boolean): string {
  if (onlyPunctuation(after.text, profile)) return '';
  if (endsSentence(before.text, profile) || LIST_ITEM.test(after.text) || startsWithBullet(after.text, profile)) return '\n';
  const last = lastChar(before.text);
  const first = firstChar(after.text);
  if (CJK.test(last) && CJK.test(first)) return pdf || CJK_LINKING.has(last) ? '' : '\n';
  const code = first.charCodeAt(0);
  const continues = ((charInfo()[code] ?? 0) & LOWER) !== 0 || first === '(' || first === '[';
  if (continues ? before.spaceBefore || pdf : pdf && before.spaceBefore) return ' ';
  return '\n';
}

function isTerminal(code: number, profile: Profile): boolean {
  const stop = profile.stops[code];
  return stop === Stop.Dot || stop === Stop.Strong || stop === Stop.Ellipsis || stop === Stop.Closed;
}

function isCloser(code: number, profile: Profile): boolean {
  const stop = profile.stops[code];
  return stop === Stop.Close || stop === Stop.Quote;
}

/** Whether the line ends with sentence punctuation, possibly followed by closing marks (`."`, `!)`, `。」`). */
function endsSentence(line: string, profile: Profile): boolean {
  let k = line.length - 1;
  while (k >= 0 && isCloser(line.charCodeAt(k), profile)) k--;
  return k >= 0 && isTerminal(line.charCodeAt(k), profile);
}

/** Whether the line starts with sentence punctuation (and closing marks) standing alone: `.`, `. Next`, `?"`. */
function onlyPunctuation(line: string, profile: Profile): boolean {
  if (!isTerminal(line.charCodeAt(0), profile)) return false;
  let k = 1;
  while (k < line.length && (isTerminal(line.charCodeAt(k), profile) || isCloser(line.charCodeAt(k), profile))) k++;
  return k === line.length || /\s/.test(line.charAt(k));
}

function startsWithBullet(line: string, profile: Profile): boolean {
  return profile.stops[line.charCodeAt(0)] === Stop.Bullet;
}

/** The last character (a whole code point). */
function lastChar(line: string): string {
  const code = line.codePointAt(line.length - 2);
  return code !== undefined && code > 0xffff ? String.fromCodePoint(code) : line.charAt(line.length - 1);
}

/** The first character (a whole code point). */
function firstChar(line: string): string {
  return String.fromCodePoint(line.codePointAt(0) ?? 0);
}
