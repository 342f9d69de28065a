/**
 * Sentence segmentation by rules, in the spirit of SRX: a single pass over the text stops only at the
 * characters that can matter (sentence punctuation, line breaks, quotation marks and brackets, bullets;
 * one table lookup per character), and at each candidate decides from the words around it, with the
 * language's abbreviations and sentence starters, whether a sentence ends there.
 *
 * The result is non-destructive: the pieces join back to the input exactly, the white space between
 * two sentences stays at the end of the first, and no piece is empty or only white space (white space
 * at the very start belongs to the first piece). Every decision looks at a bounded neighbourhood, so
 * the time is linear in the length of the text.
 *
 * The one exception is the opt-in clean mode (`{ clean: true }`, see `clean.ts`), which tidies the
 * text first, as upstream's `clean` option does, and is destructive by design; the importers and the
 * editor never use it.
 */
import * as chars from './charInfo.ts';
import * as profiles from './profiles.ts';
import type { AbbreviationKind } from './abbreviations.ts';
import { cleanText, type SegmentOptions } from './clean.ts';

// Local copies: imported bindings may be compiled to getters, too slow for the inner loop.
const { CASELESS, DIGIT, INVISIBLE, LETTER, LOWER, MARK, SPACE, UPPER, WORD, charInfo } = chars;
const { Stop, profileFor } = profiles;
type Profile = profiles.Profile;

/**
 * A quotation or parenthesis longer than this does not hold the sentences inside it together; single
 * quotation marks, which double as apostrophes, hold less.
 */
const MAX_SPAN = 1000;
const MAX_SINGLE_QUOTED = 500;
/** Openers kept on the stack (unclosed ones beyond this are ignored), and how deep a closer looks for its opener. */
const MAX_STACK = 64;
const MATCH_DEPTH = 8;
/** The longest word the rules look at around a candidate; longer runs without a space are URLs or data. */
const MAX_TOKEN = 64;

/** Which opening marks a closing (or ambiguous) mark can close. */
const PARTNERS: ReadonlyMap<number, string> = new Map(
  Object.entries({
    ')': '(', ']': '[', '}': '{', '）': '（', '］': '［', '｝': '｛', '」': '「', '』': '『', '》': '《', '〉': '〈',
    '】': '【', '〕': '〔', '〗': '〖', '｣': '｢', '"': '"', "'": "'", '”': '“„”', '“': '„', '’': '‘‚', '‘': '‚',
    '»': '«»', '«': '»', '›': '‹›', '‹': '›',
  }).map(([closer, openers]) => [closer.charCodeAt(0), openers]),
);

/** Marks that may open the next sentence before its first word. */
const LEADING = new Set([...'¿¡'].map((char) => char.charCodeAt(0)));
const DASHES = new Set([...'-‐‒–—―'].map((char) => char.charCodeAt(0)));
const APOSTROPHES = new Set([0x27, 0x2019]);
const SINGLE_QUOTES = new Set([0x27, 0x2019, 0x2018, 0x203a, 0x2039]);
const FULL_STOP = 0x2e;
const SPACE_CHAR = 0x20;
const OPEN_PAREN = 0x28;
const CLOSE_PAREN = 0x29;
const OPEN_SQUARE = 0x5b;
const CLOSE_SQUARE = 0x5d;
const ARABIC_COMMA = 0x60c;
const EXCLAMATION = 0x21;

/** What follows a candidate boundary. */
const END = 0;
const LINE = 1;
const ATTACHED = 2;
const WORD_AFTER = 3;

interface Next {
  kind: typeof END | typeof LINE | typeof ATTACHED | typeof WORD_AFTER;
  /** Where the next piece would start: after the white space. */
  at: number;
  /** The first character that decides, after opening marks and a dash: its position and its class. */
  pos: number;
  info: number;
  /** Whether that character is sentence punctuation (`. . . The`, `! ! !`). */
  terminal: boolean;
  /** The first opening mark skipped (0 if none). */
  opener: number;
  dashed: boolean;
}

type TokenKind = 'none' | 'regular' | 'number' | 'ordinal' | 'single' | 'initials' | 'abbreviation' | 'url';

interface Token {
  kind: TokenKind;
  /** Start of the run of non-space characters the token was found in. */
  rawStart: number;
  /** The word itself, without opening or closing marks around it. */
  core: string;
  /** What stood before the word in its run (`(`, `•`, `-`, `$`). */
  lead: string;
  abbreviation?: AbbreviationKind;
}

interface ListState {
  kind: 'digit' | 'lower' | 'upper' | 'roman';
  value: number;
  style: string;
}

interface Opener {
  code: number;
  pos: number;
  /** How many boundaries had been found when it opened: those after it are dropped if it closes. */
  bounds: number;
}

/**
 * Splits `text` into sentences in language `lang`; the pieces are never empty and join back to `text`.
 *
 * With `{ clean: true }` the text is first cleaned as upstream's `clean` option does (errant line
 * breaks, runs of spaces, markup; see `clean.ts`), and the pieces join back to `cleanText(text, lang,
 * options)` instead: that mode is destructive, and the importers and the editor never use it.
 */
export function segmentSentences(text: string, lang: string, options?: SegmentOptions): string[] {
  if (options?.clean === true) text = cleanText(text, lang, options);
  const pieces: string[] = [];
  let start = 0;
  for (const boundary of sentenceBoundaries(text, lang)) {
    pieces.push(text.slice(start, boundary));
    start = boundary;
  }
  if (start < text.length) pieces.push(text.slice(start));
  return pieces;
}

/** Where the second and later sentences of `text` start, in increasing order (each > 0 and < length). */
export function sentenceBoundaries(text: string, lang: string): number[] {
  return new Scanner(text, profileFor(lang)).run();
}

class Scanner {
  private readonly info = charInfo();
  private readonly stops: Uint8Array;
  private readonly n: number;
  private readonly bounds: number[] = [];
  private readonly stack: Opener[] = [];
  /** Whether the piece since the last boundary has anything but white space, checked up to `checkedTo`. */
  private hasText = false;
  private checkedTo = 0;
  private list: ListState | null = null;

  constructor(
    private readonly text: string,
    private readonly profile: Profile,
  ) {
    this.stops = profile.stops;
    this.n = text.length;
  }

  run(): number[] {
    const { text, stops, n } = this;
    for (let i = 0; i < n; i++) {
      const stop = stops[text.charCodeAt(i)];
      if (stop === 0) continue;
      switch (stop) {
        case Stop.Dot:
        case Stop.Strong:
        case Stop.Ellipsis:
        case Stop.Closed:
          i = this.terminator(i);
          break;
        case Stop.Line:
          i = this.lineBreak(i);
          break;
        case Stop.Open:
          this.open(i);
          break;
        case Stop.Close:
        case Stop.Quote:
          this.mark(i);
          break;
        case Stop.Bullet:
          this.bullet(i);
          break;
      }
    }
    return this.bounds;
  }

  // ── character helpers ──────────────────────────────────────────────────────────────────────────

  private code(pos: number): number {
    return pos >= 0 && pos < this.n ? this.text.charCodeAt(pos) : -1;
  }

  private classOf(pos: number): number {
    const code = this.code(pos);
    return code < 0 ? 0 : (this.info[code] ?? 0);
  }

  private isSpace(pos: number): boolean {
    return (this.classOf(pos) & SPACE) !== 0;
  }

  private stopOf(pos: number): number {
    const code = this.code(pos);
    return code < 0 ? Stop.None : (this.stops[code] ?? Stop.None);
  }

  private isTerminal(pos: number): boolean {
    const stop = this.stopOf(pos);
    return stop === Stop.Dot || stop === Stop.Strong || stop === Stop.Ellipsis || stop === Stop.Closed;
  }

  /** The position before `pos` skipping invisible format characters (bidi controls), or -1. */
  private before(pos: number): number {
    let k = pos - 1;
    while (k >= 0 && this.classOf(k) & INVISIBLE) k--;
    return k;
  }

  /** The position at or after `pos` skipping invisible format characters. */
  private after(pos: number): number {
    let k = pos;
    while (k < this.n && this.classOf(k) & INVISIBLE) k++;
    return k;
  }

  private lastBound(): number {
    return this.bounds[this.bounds.length - 1] ?? 0;
  }

  // ── boundaries ─────────────────────────────────────────────────────────────────────────────────

  /** Starts a new piece at `pos`, unless that would leave an empty or blank piece behind or come out of order. */
  private addBoundary(pos: number): void {
    if (pos <= this.lastBound() || pos >= this.n || !this.pieceHasText(pos)) return;
    this.bounds.push(pos);
    this.hasText = false;
    this.checkedTo = pos;
  }

  private pieceHasText(to: number): boolean {
    if (this.hasText) return true;
    for (let k = Math.max(this.checkedTo, this.lastBound()); k < to; k++) {
      if (!(this.classOf(k) & (SPACE | INVISIBLE))) {
        this.hasText = true;
        return true;
      }
    }
    this.checkedTo = to;
    return false;
  }

  /** Drops the boundaries found since an opening mark whose closing mark has just come. */
  private dropBoundariesSince(count: number): void {
    if (this.bounds.length <= count) return;
    this.bounds.length = count;
    this.hasText = true;
  }

  // ── line breaks and bullets ────────────────────────────────────────────────────────────────────

  /** A line break ends the unit; the white space after it stays with it. Open quotations end here too. */
  private lineBreak(i: number): number {
    let end = i;
    while (end < this.n && this.classOf(end) & (SPACE | INVISIBLE)) end++;
    this.addBoundary(end);
    this.stack.length = 0;
    return end - 1;
  }

  private bullet(i: number): void {
    if (i > 0 && this.isSpace(i - 1)) this.addBoundary(i);
    this.list = null;
  }

  // ── quotation marks and brackets ───────────────────────────────────────────────────────────────

  private open(i: number): void {
    if (this.stack.length < MAX_STACK) this.stack.push({ code: this.text.charCodeAt(i), pos: i, bounds: this.bounds.length });
  }

  /** Closes the innermost opener `code` can close; false if there is none. */
  private closeMatching(i: number, code: number): boolean {
    const partners = PARTNERS.get(code);
    if (partners === undefined) return false;
    const { stack } = this;
    for (let k = stack.length - 1; k >= 0 && k >= stack.length - MATCH_DEPTH; k--) {
      const opener = stack[k] as Opener;
      if (!partners.includes(String.fromCharCode(opener.code))) continue;
      const span = SINGLE_QUOTES.has(code) ? MAX_SINGLE_QUOTED : MAX_SPAN;
      if (i - opener.pos <= span) this.dropBoundariesSince(opener.bounds);
      stack.length = k;
      return true;
    }
    return false;
  }

  /** Whether an opener that `code` can close is open (without closing it). */
  private hasPartner(code: number): boolean {
    const partners = PARTNERS.get(code);
    if (partners === undefined) return false;
    const { stack } = this;
    for (let k = stack.length - 1; k >= 0 && k >= stack.length - MATCH_DEPTH; k--) {
      if (partners.includes(String.fromCharCode((stack[k] as Opener).code))) return true;
    }
    return false;
  }

  /**
   * A closing or ambiguous mark at `i`: closes, opens, or is an apostrophe. Returns whether it stands as
   * a closing mark (so that it belongs with sentence punctuation before it).
   */
  private closeOrOpen(i: number): boolean {
    const code = this.text.charCodeAt(i);
    const before = this.classOf(i - 1);
    const after = this.classOf(i + 1);
    if (APOSTROPHES.has(code)) {
      // `don't`, `Jr.'s`, `l'Avv.`: an apostrophe inside a word.
      if (after & WORD && (before & WORD || this.code(i - 1) === FULL_STOP)) return false;
      // `the members' rights`: a plural possessive, not the end of a quotation.
      if (after & SPACE && (this.code(i - 1) | 0x20) === 0x73 && this.classOf(i - 2) & LETTER) return false;
    }
    if (this.stops[code] === Stop.Close) {
      this.closeMatching(i, code);
      return true;
    }
    // French spacing: `« Non ! »` closes after a space, when a word does not follow.
    const closingPosition =
      i > 0 && (before & SPACE ? !(after & WORD) && this.hasPartner(code) : this.stopOf(i - 1) !== Stop.Open);
    if (closingPosition) {
      if (this.closeMatching(i, code)) return true;
      if (!(after & WORD)) return true;
      // `voice--"Pat!`: a quotation opening right after a dash or another mark.
      if (!APOSTROPHES.has(code)) this.open(i);
      return false;
    }
    // An opening mark is followed by its text, or in French by a space (`« Non »`).
    const french = code === 0xab || code === 0x2039;
    if (i + 1 < this.n && (!(after & SPACE) || french) && (code !== 0x27 || after & WORD)) this.open(i);
    return false;
  }

  /** A closing or ambiguous mark met outside sentence punctuation. */
  private mark(i: number): void {
    const code = this.text.charCodeAt(i);
    const closed = this.closeOrOpen(i);
    if (!closed) return;
    if (code === CLOSE_PAREN) {
      this.listMarker(i, ')');
    } else if (code !== CLOSE_SQUARE && this.endsInterruptedSpeech(i)) {
      // `… to--" At this moment`: a dash closing a quotation ends the sentence like a full stop.
      const next = this.nextAfter(i + 1);
      if (next.kind === WORD_AFTER && next.info & UPPER) this.addBoundary(next.at);
    }
  }

  private endsInterruptedSpeech(i: number): boolean {
    const last = this.code(i - 1);
    return last === 0x2014 || (last === 0x2d && this.code(i - 2) === 0x2d);
  }

  // ── sentence punctuation ───────────────────────────────────────────────────────────────────────

  /** Sentence punctuation at `i`: decides whether a sentence ends after it; returns the last position used. */
  private terminator(i: number): number {
    const { text, n } = this;
    const stop = this.stopOf(i);
    if (stop === Stop.Dot) {
      if (this.code(i + 1) === SPACE_CHAR && this.code(i + 2) === FULL_STOP) {
        const used = this.spacedEllipsis(i);
        if (used >= 0) return used;
      }
      const next = this.after(i + 1);
      if (next < n && !(this.classOf(next) & SPACE) && this.stopOf(next) === Stop.None) {
        this.attachedDot(i, next);
        return i;
      }
      const marker = this.listMarker(i, '.');
      if (marker >= 0) return marker;
    } else if (stop === Stop.Closed && this.classOf(i - 1) & DIGIT && this.classOf(i + 1) & DIGIT) {
      return i; // `３．２９`
    }

    // The cluster: punctuation, closing marks, citations (`.[12]`) and invisible characters that go with it.
    let j = i;
    let dots = 0;
    let strong = false;
    let ellipsis = false;
    let closed = false;
    let closer = false;
    while (j < n) {
      const code = text.charCodeAt(j);
      const s = this.stops[code];
      if (s === Stop.Dot) dots++;
      else if (s === Stop.Strong) strong = true;
      else if (s === Stop.Ellipsis) ellipsis = true;
      else if (s === Stop.Closed) closed = true;
      else if (s === Stop.Close || s === Stop.Quote) {
        if (!this.closeOrOpen(j)) break;
        closer = true;
      } else if (code === OPEN_SQUARE) {
        const end = this.citationEnd(j);
        if (end < 0) break;
        j = end;
      } else if (this.spacedCloserAt(j)) {
        j++; // `Non ! »`: the closing mark after a (no-break) space goes with the punctuation
        this.closeOrOpen(j);
        closer = true;
      } else if (!((this.info[code] ?? 0) & INVISIBLE)) break;
      j++;
    }

    const next = this.nextAfter(j);
    if (next.kind === END || next.kind === LINE) return j - 1;
    // `[...]`, `(…)`: an omission marked inside brackets ends nothing.
    if ((ellipsis || dots >= 2) && (this.code(i - 1) === OPEN_SQUARE || this.code(i - 1) === OPEN_PAREN)) return j - 1;
    let ends: boolean;
    if (closed) ends = this.closedEnds(next, closer);
    else if (next.kind === ATTACHED) ends = strong && this.profile.cjk && (next.info & CASELESS) !== 0;
    else if (strong) ends = this.strongEnds(i, next);
    else if (ellipsis || dots >= 2) ends = this.ellipsisEnds(i, dots, ellipsis, next);
    else ends = this.fullStopEnds(i, next);
    if (ends) this.addBoundary(next.at);
    return j - 1;
  }

  /** Whether `j` is a space followed by a closing mark that closes an open quotation (`« Non ! »`). */
  private spacedCloserAt(j: number): boolean {
    if (!(this.classOf(j) & SPACE) || this.stopOf(j) === Stop.Line) return false;
    const stop = this.stopOf(j + 1);
    if (stop !== Stop.Close && stop !== Stop.Quote) return false;
    return !(this.classOf(j + 2) & WORD) && this.hasPartner(this.text.charCodeAt(j + 1));
  }

  /** `.[12]`, `.[7][8]`: a citation after the full stop; returns its last position or -1. */
  private citationEnd(j: number): number {
    let k = j + 1;
    while (k < this.n && k - j < 16) {
      const code = this.text.charCodeAt(k);
      if (code === CLOSE_SQUARE) return k > j + 1 ? k : -1;
      if (!(this.classOf(k) & DIGIT) && code !== 0x2c && code !== 0x2d && code !== 0x2013 && code !== SPACE_CHAR) return -1;
      k++;
    }
    return -1;
  }

  /** What follows position `j`: white space, then opening marks, a dash, and the first character that decides. */
  private nextAfter(j: number): Next {
    const { n } = this;
    let k = j;
    let spaced = false;
    while (k < n) {
      const info = this.classOf(k);
      if (this.stopOf(k) === Stop.Line) return { kind: LINE, at: k, pos: k, info: 0, terminal: false, opener: 0, dashed: false };
      if (info & SPACE) spaced = true;
      else if (!(info & INVISIBLE)) break;
      k++;
    }
    if (k >= n) return { kind: END, at: n, pos: n, info: 0, terminal: false, opener: 0, dashed: false };
    const at = k;
    let opener = 0;
    for (let guard = 0; guard < 4 && k < n; guard++) {
      const code = this.text.charCodeAt(k);
      const stop = this.stops[code];
      if (stop !== Stop.Open && stop !== Stop.Quote && !LEADING.has(code)) break;
      if (opener === 0) opener = code;
      k++;
    }
    let dashed = false;
    if (DASHES.has(this.code(k))) {
      let d = k;
      while (d < n && d - k < 3 && DASHES.has(this.text.charCodeAt(d))) d++;
      if (this.isSpace(d) && this.stopOf(d) !== Stop.Line) {
        while (d < n && this.isSpace(d) && this.stopOf(d) !== Stop.Line) d++;
        dashed = true;
        k = d;
      }
    }
    return {
      kind: spaced ? WORD_AFTER : ATTACHED,
      at,
      pos: k,
      info: this.classOf(k),
      terminal: this.isTerminal(k),
      opener,
      dashed,
    };
  }

  /** The word starting at `pos` (letters and marks, at most 24). */
  private wordAt(pos: number): string {
    let end = pos;
    while (end < this.n && end - pos < 24 && this.classOf(end) & (LETTER | MARK)) end++;
    return this.text.slice(pos, end);
  }

  /** Whether the next word is one that starts sentences (or, in a language without a list, is capitalised). */
  private startsSentence(next: Next): boolean {
    if (next.kind !== WORD_AFTER || next.opener === OPEN_PAREN || !(next.info & UPPER)) return false;
    const word = this.wordAt(next.pos);
    // `A. I. Semenov`: a single capital followed by a full stop is an initial, not a word.
    if (word.length === 1 && this.code(next.pos + 1) === FULL_STOP) return false;
    const { starters } = this.profile;
    return starters === null || starters.has(word);
  }

  /** After an ordinary word: a sentence ends unless the next word is lowercase or only punctuation follows. */
  private ordinaryEnds(next: Next): boolean {
    return next.terminal || (next.info & (UPPER | CASELESS | DIGIT)) !== 0;
  }

  // ── the full stop ──────────────────────────────────────────────────────────────────────────────

  private fullStopEnds(i: number, next: Next): boolean {
    const token = this.tokenBefore(i);
    // `His name is Mark E. Smith. a. here it is b. another`: a list marker after an ordinary word's full stop.
    const plain = token.kind === 'regular' || token.kind === 'number' || token.kind === 'url' || token.kind === 'none';
    if (plain && next.info & LOWER && this.listMarkerAt(next.at)) return true;
    switch (token.kind) {
      case 'abbreviation':
        switch (token.abbreviation) {
          case 'title':
          case 'continuing':
            return false;
          case 'time':
            return (next.info & UPPER) !== 0 && !this.opensWithTime(token);
          case 'numbered':
            return (next.info & UPPER) !== 0;
          default:
            return this.startsSentence(next);
        }
      case 'initials':
        return this.startsSentence(next);
      case 'single':
        // `Jonas E. Smith`, `z. B. ist`: initials; but `you and I. Did…`, `See Annex A. The annex…` end sentences.
        return this.profile.starters !== null && ((this.info[token.core.charCodeAt(0)] ?? 0) & UPPER) !== 0 && this.startsSentence(next);
      case 'ordinal':
        return this.ordinalEnds(token, next);
      default:
        return this.ordinaryEnds(next);
    }
  }

  /** `am 12. Juni`, `na 10. pokus`, `XII. Pluku`: an ordinal, unless a sentence plainly starts after it. */
  private ordinalEnds(token: Token, next: Next): boolean {
    if (!(next.info & UPPER)) return (next.info & DIGIT) !== 0;
    if (this.profile.months.has(this.wordAt(next.pos).toLowerCase())) return false;
    if (/[-–]$/u.test(token.lead)) return false; // `1. -3. Jahrhundert`
    const previous = this.previousToken(token.rawStart);
    if (previous === '') return true;
    const first = previous.charCodeAt(0);
    const last = previous.charCodeAt(previous.length - 1);
    return !((this.info[first] ?? 0) & LOWER) && !((this.info[last] ?? 0) & DIGIT) && last !== 0x2c && last !== FULL_STOP;
  }

  /** `At 5 a.m. Mr. Smith left`: a time that opens the sentence does not end it. */
  private opensWithTime(token: Token): boolean {
    const start = this.lastBound();
    if (token.rawStart - start > 40) return false;
    const words = this.text.slice(start, token.rawStart).trim().split(/\s+/u);
    const time = words.pop() ?? '';
    if (!/^\d{1,2}(?:[:.]\d{2})?$/u.test(time)) return false;
    return words.every((word) => /^(?:at|by|before|after|until|till|from|since|around|about|circa|shortly)$/iu.test(word));
  }

  /**
   * A full stop followed directly by a letter or digit: inside a number, URL, e-mail address, name or
   * abbreviation (`3.14`, `IP.rec`, `U.S`), except a sentence that follows without a space
   * (`Hello world.Today is…`) and a footnote number after the full stop (`… a consultation.11 Take…`).
   */
  private attachedDot(i: number, next: number): void {
    const before = this.before(i);
    const beforeInfo = this.classOf(before);
    const nextInfo = this.classOf(next);
    if (nextInfo & DIGIT) {
      if (beforeInfo & LOWER ? this.classOf(this.before(before)) & LETTER : this.code(before) === CLOSE_PAREN || this.code(before) === CLOSE_SQUARE) {
        this.footnote(next);
      }
      return;
    }
    if (!(nextInfo & UPPER)) return;
    // `Ph.D.`: initials, not a sentence after a word.
    if (this.code(this.after(next + 1)) === FULL_STOP) return;
    const wordBefore = beforeInfo & LOWER && this.classOf(this.before(before)) & LETTER && this.classOf(this.before(this.before(before))) & LETTER;
    if (!wordBefore && !(beforeInfo & DIGIT && this.longNumberBefore(before))) return;
    if (this.looksLikeAddress(i)) return;
    this.addBoundary(i + 1);
  }

  /** `consultation.11 12 Take`, `(1987).1 According`: footnote numbers end the sentence before a capital. */
  private footnote(start: number): void {
    let k = start;
    for (let groups = 0; groups < 4; groups++) {
      const digits = k;
      while (k < this.n && this.classOf(k) & DIGIT && k - digits < 4) k++;
      if (k === digits || this.classOf(k) & DIGIT) return;
      const next = this.nextAfter(k);
      if (next.kind !== WORD_AFTER) return;
      if (next.info & UPPER && next.at === next.pos) {
        this.addBoundary(next.at);
        return;
      }
      if (!(next.info & DIGIT) || next.at - k > 1) return;
      k = next.at;
    }
  }

  /** `bought 1,000.That`: a number of some length, not a list number such as `2.Carne`. */
  private longNumberBefore(end: number): boolean {
    let k = end;
    while (k >= 0 && end - k < 8 && (this.classOf(k) & DIGIT || this.code(k) === 0x2c || this.code(k) === FULL_STOP)) k--;
    return end - k >= 3;
  }

  /** Whether the run of non-space characters around `i` is a URL, e-mail address, domain or path. */
  private looksLikeAddress(i: number): boolean {
    let start = i;
    while (start > 0 && i - start < MAX_TOKEN && !this.isSpace(start - 1)) start--;
    let end = i + 1;
    while (end < this.n && end - i < MAX_TOKEN && !this.isSpace(end)) end++;
    const run = this.text.slice(start, end);
    if (/[@/\\]|^www\./iu.test(run)) return true;
    // Another full stop between letters after this one: a domain (`testurl.Awesome.com`), not `Tuesday.Mr.`.
    return /\.\p{L}/u.test(this.text.slice(i + 1, end));
  }

  // ── other punctuation ──────────────────────────────────────────────────────────────────────────

  private strongEnds(i: number, next: Next): boolean {
    const code = this.text.charCodeAt(i);
    if (code === EXCLAMATION && this.profile.exclaimedNames.size > 0) {
      const token = this.tokenBefore(i);
      if (this.profile.exclaimedNames.has(token.core.toLowerCase())) return false; // `Yahoo! Research`
    }
    if (code === ARABIC_COMMA && this.enumerationFollows(next)) return false;
    if (next.info & LOWER) return this.profile.breaksBeforeLowercase && next.opener === 0 && !next.dashed;
    if (next.terminal || !(next.info & (UPPER | CASELESS | DIGIT))) return false;
    if (this.profile.english && next.opener === OPEN_PAREN && /^(?:Which|Who|Whom|Whose)$/u.test(this.wordAt(next.pos))) return false;
    return true;
  }

  /** `الدم، والقلب، زرعها`: a comma after which one word and another comma follow separates list items. */
  private enumerationFollows(next: Next): boolean {
    let k = next.pos;
    while (k < this.n && k - next.pos < 32 && !this.isSpace(k) && this.code(k) !== ARABIC_COMMA) k++;
    return this.code(k) === ARABIC_COMMA;
  }

  private ellipsisEnds(i: number, dots: number, ellipsis: boolean, next: Next): boolean {
    if (dots === 2 && !ellipsis) {
      // `Nov.. Grazie`: the abbreviation's own full stop and the sentence's.
      const kind = this.tokenBefore(i).kind;
      if (kind === 'abbreviation' || kind === 'initials' || kind === 'single') return this.ordinaryEnds(next) && !next.terminal;
    }
    return (next.info & (UPPER | CASELESS)) !== 0;
  }

  /** `。`, `！`, `।`, `።`: a sentence ends, except before a particle continuing a quotation (`「…！」と`). */
  private closedEnds(next: Next, closer: boolean): boolean {
    if (next.kind === ATTACHED) {
      const code = this.code(next.pos);
      if (closer && code >= 0x3041 && code <= 0x309f) return false;
      if (next.opener === 0 && !(next.info & (LETTER | DIGIT))) return false;
    }
    return true;
  }

  /**
   * `. . .` with spaces: mid-sentence when it stands alone (`is . . . I didn’t`), a full stop as well
   * with a fourth dot (`a period . . . . Next`); after a word's own full stop (`compounds. . . . The`) the
   * sentence ends before it and the omission opens the next one. Returns the last position used, or -1
   * when it is no such ellipsis.
   */
  private spacedEllipsis(i: number): number {
    let last = i;
    let count = 1;
    while (this.code(last + 1) === SPACE_CHAR && this.code(last + 2) === FULL_STOP) {
      last += 2;
      count++;
    }
    if (count < 3) return -1;
    let j = last + 1;
    while (j < this.n && (this.stopOf(j) === Stop.Close || this.stopOf(j) === Stop.Quote) && this.closeOrOpen(j)) j++;
    const next = this.nextAfter(j);
    if (next.kind !== WORD_AFTER) return j - 1;
    const attached = i > 0 && !this.isSpace(i - 1);
    if (attached) {
      if (next.info & (UPPER | CASELESS)) this.addBoundary(i + 2);
    } else if (count >= 4 && next.info & (UPPER | CASELESS | DIGIT)) {
      this.addBoundary(next.at);
    }
    return j - 1;
  }

  // ── list markers ───────────────────────────────────────────────────────────────────────────────

  /**
   * A list marker ending at `i` (`1.`, `a.`, `2.)`, `b)`, `(iv)`): at the start of a piece it opens a
   * list and is no sentence end; inside a piece, the next marker of the same list starts a new item
   * (`1. The first item 2. The second item`). Returns the last position used, or -1 when it is no marker.
   */
  private listMarker(i: number, ending: '.' | ')'): number {
    let style: string = ending;
    let last = i;
    if (ending === '.') {
      if (this.code(i + 1) === CLOSE_PAREN) {
        style = '.)';
        last = i + 1;
      }
      if (!this.isSpace(last + 1)) return -1;
    } else if (!(this.isSpace(i + 1) || i + 1 >= this.n)) {
      return -1;
    }
    // Markers are short (`•10`, `(iv`): anything longer after the last space is no marker.
    let short = i - 1;
    while (short >= 0 && i - short <= 6 && !this.isSpace(short)) short--;
    if (i - short > 6) return -1;
    const token = this.tokenBefore(ending === ')' && this.code(i - 1) === FULL_STOP ? i - 1 : i);
    if (ending === ')' && this.code(i - 1) === FULL_STOP) style = '.)';
    if (token.lead === '(' && ending === ')') style = '()';
    else if (token.lead !== '' && !/^[\p{Pd}•‣⁃◦▪●■◆◇○□➢➤►]+$/u.test(token.lead)) return -1;
    const value = listValue(token.core);
    if (value === null) return -1;
    if (this.atPieceStart(token.rawStart)) {
      this.list = { ...value, style };
      if (style === '.)') this.closeMatching(last, CLOSE_PAREN);
      return last;
    }
    const list = this.list;
    const inline = style !== '.' || value.kind === 'digit' || value.kind === 'lower' || value.kind === 'roman';
    if (list && inline && list.style === style && this.isSpace(token.rawStart - 1)) {
      const continued =
        (list.kind === value.kind || (list.kind === 'roman' && value.roman !== undefined)) &&
        (list.kind === 'roman' ? value.roman : value.value) === list.value + 1;
      if (continued) {
        this.addBoundary(token.rawStart);
        this.list = { kind: list.kind, value: list.value + 1, style };
        return last;
      }
    }
    return -1;
  }

  /** Whether a list marker starts at `pos` (`a. here`, `(b) Hello`, `2) The`). */
  private listMarkerAt(pos: number): boolean {
    let k = pos;
    const paren = this.code(k) === OPEN_PAREN;
    if (paren) k++;
    const start = k;
    while (k < this.n && k - start < 5 && this.classOf(k) & (LETTER | DIGIT)) k++;
    const value = k === start ? null : listValue(this.text.slice(start, k));
    if (value === null) return false;
    let code = this.code(k);
    if (paren) return code === CLOSE_PAREN && this.isSpace(k + 1);
    if (code === FULL_STOP && this.code(k + 1) === CLOSE_PAREN) code = this.code(++k);
    if (!this.isSpace(k + 1) || this.stopOf(k + 1) === Stop.Line) return false;
    // `b)` is plainly a marker; `d.` only when it is the first of a list (`a.`, `i.`, `1.`).
    return code === CLOSE_PAREN || (code === FULL_STOP && value.value === 1);
  }

  /** Whether only white space, bullets and opening marks stand between the last boundary and `pos`. */
  private atPieceStart(pos: number): boolean {
    const start = this.lastBound();
    for (let k = pos - 1; k >= start; k--) {
      const stop = this.stopOf(k);
      if (!(this.classOf(k) & (SPACE | INVISIBLE)) && stop !== Stop.Bullet && stop !== Stop.Open && !DASHES.has(this.code(k))) {
        return false;
      }
    }
    return true;
  }

  // ── the word before ────────────────────────────────────────────────────────────────────────────

  /** The word before position `end`, with what kind of word it is. */
  private tokenBefore(end: number): Token {
    const limit = this.lastBound();
    let start = end;
    let invisible = false;
    while (start > limit && end - start < MAX_TOKEN) {
      const info = this.classOf(start - 1);
      if (info & SPACE) break;
      if (info & INVISIBLE) invisible = true;
      start--;
    }
    const raw = this.text.slice(start, end);
    if (end - start >= MAX_TOKEN) return { kind: 'regular', rawStart: start, core: raw, lead: '' };
    if (raw.includes('@') || raw.includes('://') || /^www\./iu.test(raw)) return { kind: 'url', rawStart: start, core: raw, lead: '' };
    if (invisible) return this.classify(raw.replace(/\p{Cf}/gu, ''), start);
    return this.classify(raw, start);
  }

  /** What kind of word `raw` (a run of non-space characters ending before a full stop) is. */
  private classify(raw: string, rawStart: number): Token {
    const { info } = this;
    // The word without the marks around it: `(1987)` → `1987`, `“Company` → `Company`, `N°` stays.
    let from = 0;
    while (from < raw.length && !((info[raw.charCodeAt(from)] ?? 0) & (LETTER | DIGIT))) from++;
    let to = raw.length;
    while (to > from) {
      const code = raw.charCodeAt(to - 1);
      if ((info[code] ?? 0) & WORD || code === FULL_STOP || code === 0xb0 || code === 0xba) break;
      to--;
    }
    const lead = raw.slice(0, from);
    const core = raw.slice(from, to);
    if (core === '') return { kind: 'none', rawStart, core, lead };
    let letters = 0;
    let digits = 0;
    let dots = 0;
    for (let k = 0; k < core.length; k++) {
      const code = core.charCodeAt(k);
      const flags = info[code] ?? 0;
      if (flags & (LETTER | MARK)) letters++;
      else if (flags & DIGIT) digits++;
      else if (code === FULL_STOP) dots++;
    }
    if (digits === 0 && core.length <= 16) {
      const key = core.toLowerCase();
      const { abbreviations } = this.profile;
      let abbreviation = abbreviations.get(key);
      const apostrophe = Math.max(key.lastIndexOf("'"), key.lastIndexOf('’'));
      if (abbreviation === undefined && apostrophe >= 0) abbreviation = abbreviations.get(key.slice(apostrophe + 1)); // `l'Avv`
      // A capital letter on its own is an initial (`А. С. Пушкин`) sooner than a page or a volume (`с.`, `т.`).
      const initial = core.length === 1 && (info[core.charCodeAt(0)] ?? 0) & UPPER;
      if (abbreviation !== undefined && !(initial && (abbreviation === 'numbered' || abbreviation === 'ending'))) {
        return { kind: 'abbreviation', rawStart, core, lead, abbreviation };
      }
      if (letters === core.length && (letters === 1 || (letters <= 3 && /^\p{L}\p{M}+$/u.test(core)))) {
        return { kind: 'single', rawStart, core, lead };
      }
      if (dots > 0 && letters + dots === core.length && /^(?:\p{L}\p{M}*){1,3}(?:\.(?:\p{L}\p{M}*){1,3})+$/u.test(core)) {
        return { kind: 'initials', rawStart, core, lead };
      }
    }
    if (this.profile.ordinals && /^[-–(]?$/u.test(lead) && ((digits === core.length && digits <= 4) || /^[IVXLC]{2,7}$/u.test(core))) {
      return { kind: 'ordinal', rawStart, core, lead };
    }
    if ((info[core.charCodeAt(core.length - 1)] ?? 0) & DIGIT) return { kind: 'number', rawStart, core, lead };
    return { kind: 'regular', rawStart, core, lead };
  }

  /** The run of non-space characters before the one starting at `start` ('' at the start of the piece). */
  private previousToken(start: number): string {
    let end = start;
    const limit = this.lastBound();
    while (end > limit && this.isSpace(end - 1)) end--;
    let begin = end;
    while (begin > limit && end - begin < MAX_TOKEN && !this.isSpace(begin - 1)) begin--;
    return this.text.slice(begin, end);
  }
}

/** The place of a list marker in its list (`3`, `c`, `iv`), or null when `core` cannot be one. */
function listValue(core: string): { kind: ListState['kind']; value: number; roman?: number } | null {
  if (/^\d{1,3}$/u.test(core)) return { kind: 'digit', value: Number(core) };
  const roman = romanValue(core);
  if (/^[a-z]$/u.test(core)) return { kind: 'lower', value: core.charCodeAt(0) - 0x60, ...(roman ? { roman } : {}) };
  if (/^[A-Z]$/u.test(core)) return { kind: 'upper', value: core.charCodeAt(0) - 0x40, ...(roman ? { roman } : {}) };
  if (roman) return { kind: 'roman', value: roman, roman };
  return null;
}

const ROMAN = /^(x{0,3})(ix|iv|v?i{0,3})$/u;

function romanValue(core: string): number | undefined {
  const lower = core.toLowerCase();
  if (lower !== core && core.toUpperCase() !== core) return undefined;
  const match = ROMAN.exec(lower);
  if (!match || lower === '') return undefined;
  const tens = (match[1] ?? '').length * 10;
  const ones = { '': 0, i: 1, ii: 2, iii: 3, iv: 4, v: 5, vi: 6, vii: 7, viii: 8, ix: 9 }[match[2] ?? ''] ?? 0;
  return tens + ones;
}
