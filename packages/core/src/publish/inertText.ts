import { dropUnstorable } from '../text/storableText.ts';

/** Line and paragraph breaks, tabs and the like: inside a sentence they read as one space. */
const BREAKS = /[\t\n\v\f\r\u0085\u2028\u2029]+/gu;
/**
 * Characters that act on the text around them instead of showing: bidi embeddings, overrides and
 * isolates (they could reorder what surrounds them) and byte-order marks.
 */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069\ufeff]/gu;
/** Any character that `inertText` changes: most text has none, and is returned as it is. */
// eslint-disable-next-line no-control-regex -- these very characters are what is looked for
const ANYTHING_ACTING = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff\ufffe\uffff\ud800-\udfff]/;

/**
 * Text as it is to be read, with nothing in it that acts: breaks become spaces; controls, lone
 * surrogates and non-characters (what may not be stored) and bidi controls a volunteer typed are dropped.
 */
export function inertText(text: string): string {
  if (!ANYTHING_ACTING.test(text)) return text;
  return dropUnstorable(text.replace(BREAKS, ' ')).text.replace(BIDI_CONTROLS, '');
}

/** First-strong isolate and pop directional isolate: the publication's own, never a volunteer's. */
export const ISOLATE_START = '\u2068';
export const ISOLATE_END = '\u2069';

/**
 * A Latin-script name, an address or a number inside right-to-left text: starts and ends with a
 * letter or digit of a left-to-right script (or is a URL), may hold spaces and the punctuation of
 * names and numbers in between.
 */
const LEFT_TO_RIGHT = /https?:\/\/[^\s]*[^\s.,;:!?)\]»"'’]|[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}0-9](?:[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}0-9\p{M}.,'’&\-/:_@+% ]*[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}0-9])?/gu;

/** The same stretch, matched where it is known to start. */
const LEFT_TO_RIGHT_AT = new RegExp(LEFT_TO_RIGHT.source, 'uy');
/** What every stretch starts with (an address starts with a Latin letter too). */
const LEFT_TO_RIGHT_START = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}0-9]/u;
/** For each character of the first plane looked at: 2 when a stretch starts with it, 1 when not, 0 not looked at yet. */
const STARTS = new Uint8Array(0x10000);

function mayStart(code: number): boolean {
  // A character beyond the first plane is left to the expression itself.
  if (code >= 0xd800 && code <= 0xdfff) return true;
  let starts = STARTS[code]!;
  if (starts === 0) {
    starts = LEFT_TO_RIGHT_START.test(String.fromCharCode(code)) ? 2 : 1;
    STARTS[code] = starts;
  }
  return starts === 2;
}

/**
 * Right-to-left text with each left-to-right stretch in it isolated, so it keeps its own order.
 * The text is read once, character by character, looking for where a stretch may start.
 */
export function isolateLeftToRight(text: string): string {
  let out = '';
  let from = 0;
  let at = 0;
  while (at < text.length) {
    const code = text.charCodeAt(at);
    if (!mayStart(code)) {
      at++;
      continue;
    }
    LEFT_TO_RIGHT_AT.lastIndex = at;
    const match = LEFT_TO_RIGHT_AT.exec(text);
    if (!match) {
      at += code <= 0xdbff && code >= 0xd800 && at + 1 < text.length && (text.charCodeAt(at + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
      continue;
    }
    out += `${text.slice(from, at)}${ISOLATE_START}${match[0]}${ISOLATE_END}`;
    at += match[0].length;
    from = at;
  }
  return from === 0 ? text : out + text.slice(from);
}
