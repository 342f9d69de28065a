/**
 * Sentence units from a block's content — text with inline codes in it.
 *
 * The text the segmenter sees is the content's strings with the codes taken out as follows:
 * - a line break (`br`) is a `\n`, so a sentence ends at it as it would at a line end;
 * - any other standalone code (an image, a piece of code) is U+FFFC OBJECT REPLACEMENT CHARACTER, so
 *   it stands in the sentence as a word would;
 * - open and close codes, and subflows (see below), take no room at all: a placeholder between a
 *   full stop and the space after it would hide the sentence end from a rule-based segmenter, and
 *   `im<b>port</b>ant` stays one word.
 *
 * The pieces are mapped back onto the content. Between two sentences, in the white space that
 * separates them, close codes, line breaks and subflows go to the end of the first unit, the white
 * space to its `spaceAfter`, and open codes to the start of the next unit; where the codes and the
 * white space are in an order that cannot be divided that way, the two sentences stay one unit.
 *
 * A pair of codes that spans a sentence boundary (a whole paragraph in bold, a link over two
 * sentences) is split consistently: the first unit ends with a close code, the next one starts with
 * an open code, both with the pair's `id`, `name` (and, for the open code, `attrs`). Each unit is then
 * well-formed on its own (a translator sees `<b>…</b>` in each), and `joinUnits` merges such a close
 * and open back, so the units join to the block's content exactly. Ids are unique within a block,
 * so an id that appears in two units of a block always marks a pair split this way.
 */
import type { Content, InlineCode, Unit } from '../model/document.ts';
import { segmentSentences } from '../segment/sentences.ts';

/** Names of the code pairs that wrap a subflow: translatable text of an attribute (see `subflow`). */
export const SUBFLOW_NAMES: ReadonlySet<string> = new Set(['title', 'alt']);

const OBJECT = '\uFFFC';
const LINE = '\n';
const SPACE = /\s/u;

type Event =
  | { type: 'text'; start: number; end: number; text: string }
  | { type: 'code'; start: number; end: number; code: InlineCode; role: 'open' | 'close' | 'br' | 'object' }
  /** A subflow: the open code, its text and its close, moved as one. */
  | { type: 'span'; start: number; end: number; parts: Content };

export function isSubflowOpen(part: string | InlineCode | undefined): boolean {
  return typeof part === 'object' && part.kind === 'open' && SUBFLOW_NAMES.has(part.name) && part.attrs?.for !== undefined;
}

/** One unit per sentence of `content`; see the module comment for where codes go. */
export function contentUnits(content: Content, lang: string): Unit[] {
  const { events, text } = eventsOf(content);
  if (events.length === 0) return [];
  const cuts = cutsOf(text, segmentSentences(text, lang));
  return new UnitWriter(cuts).run(splitAtCuts(events, cuts, text));
}

/** The units joined back into the content they came from (pairs split at a sentence boundary merged again). */
export function joinUnits(units: readonly Unit[]): Content {
  const result: Content = [];
  let pendingSpace: string | null = null;
  for (const unit of units) {
    let source = unit.source;
    if (pendingSpace !== null) {
      // The previous unit's last close codes that this unit's first open codes reopen.
      let lead = 0;
      while (lead < source.length && isCode(source[lead], 'open')) lead++;
      const reopened = new Set<number>();
      for (let last = result.at(-1); isCode(last, 'close'); last = result.at(-1)) {
        let match = -1;
        for (let i = 0; i < lead && match < 0; i++) {
          const open = source[i] as InlineCode;
          if (!reopened.has(i) && open.id === last.id && open.name === last.name) match = i;
        }
        if (match < 0) break;
        reopened.add(match);
        result.pop();
      }
      if (reopened.size > 0) source = source.filter((_, index) => !reopened.has(index));
      appendPart(result, pendingSpace);
    }
    for (const part of source) appendPart(result, part);
    pendingSpace = unit.spaceAfter;
  }
  if (pendingSpace !== null) appendPart(result, pendingSpace);
  return result;
}

function isCode(part: string | InlineCode | undefined, kind: InlineCode['kind']): part is InlineCode {
  return typeof part === 'object' && part.kind === kind;
}

function appendPart(content: Content, part: string | InlineCode): void {
  const last = content.length - 1;
  if (typeof part === 'string') {
    if (part === '') return;
    if (typeof content[last] === 'string') content[last] = (content[last] as string) + part;
    else content.push(part);
  } else {
    content.push(part);
  }
}

function eventsOf(content: Content): { events: Event[]; text: string } {
  const events: Event[] = [];
  const texts: string[] = [];
  let offset = 0;
  for (let i = 0; i < content.length; i++) {
    const part = content[i] as string | InlineCode;
    if (typeof part === 'string') {
      if (part === '') continue;
      events.push({ type: 'text', start: offset, end: offset + part.length, text: part });
      texts.push(part);
      offset += part.length;
    } else if (isSubflowOpen(part)) {
      const parts: Content = [part];
      for (i++; i < content.length; i++) {
        const inner = content[i] as string | InlineCode;
        parts.push(inner);
        if (typeof inner === 'object' && inner.kind === 'close' && inner.id === part.id) break;
      }
      events.push({ type: 'span', start: offset, end: offset, parts });
    } else if (part.kind === 'standalone') {
      const char = part.name === 'br' ? LINE : OBJECT;
      events.push({ type: 'code', start: offset, end: offset + 1, code: part, role: part.name === 'br' ? 'br' : 'object' });
      texts.push(char);
      offset += 1;
    } else {
      events.push({ type: 'code', start: offset, end: offset, code: part, role: part.kind });
    }
  }
  return { events, text: texts.join('') };
}

/**
 * Where units end and start: `left` is the end of a sentence without its trailing white space,
 * `right` the start of the next sentence. A last cut with `right` past the text takes the white
 * space at the end of the content.
 */
interface Cut {
  left: number;
  right: number;
}

function cutsOf(text: string, pieces: readonly string[]): Cut[] {
  const cuts: Cut[] = [];
  let start = 0;
  let pieceStart = 0;
  for (let p = 0; p < pieces.length - 1; p++) {
    pieceStart += (pieces[p] as string).length;
    const nextEnd = pieceStart + (pieces[p + 1] as string).length;
    let left = pieceStart;
    while (left > start && SPACE.test(text.charAt(left - 1))) left--;
    let right = pieceStart;
    while (right < nextEnd && SPACE.test(text.charAt(right))) right++;
    // A piece of white space only joins the sentence before it (or, at the start, the one after it).
    if (left === start || right === nextEnd) continue;
    cuts.push({ left, right });
    start = right;
  }
  let end = text.length;
  while (end > start && SPACE.test(text.charAt(end - 1))) end--;
  cuts.push({ left: end, right: Number.POSITIVE_INFINITY });
  return cuts;
}

/** The events with text split where cuts begin and end, so that no text event straddles one. */
function splitAtCuts(events: readonly Event[], cuts: readonly Cut[], text: string): Event[] {
  const points: number[] = [];
  for (const cut of cuts) {
    points.push(cut.left);
    if (Number.isFinite(cut.right)) points.push(cut.right);
  }
  const result: Event[] = [];
  let p = 0;
  for (const event of events) {
    if (event.type !== 'text') {
      result.push(event);
      continue;
    }
    let start = event.start;
    while (p < points.length && (points[p] as number) <= start) p++;
    while (p < points.length && (points[p] as number) < event.end) {
      const point = points[p] as number;
      result.push({ type: 'text', start, end: point, text: text.slice(start, point) });
      start = point;
      p++;
    }
    result.push(start === event.start ? event : { type: 'text', start, end: event.end, text: text.slice(start, event.end) });
  }
  return result;
}

type RegionRole = 0 | 1 | 2;
/** In the white space between two sentences: what goes to the first unit, to its spaceAfter, to the next unit. */
const BEFORE: RegionRole = 0;
const SPACE_AFTER: RegionRole = 1;
const AFTER: RegionRole = 2;

class UnitWriter {
  private readonly units: Unit[] = [];
  private source: Content = [];
  /** Open codes of the current unit not closed yet, outermost first. */
  private openStack: InlineCode[] = [];

  constructor(private readonly cuts: readonly Cut[]) {}

  run(events: readonly Event[]): Unit[] {
    let k = 0;
    let region: Event[] | null = null;
    for (const event of events) {
      const cut = this.cuts[k] as Cut;
      // Past the end of a sentence: codes and white space until the next sentence's first character.
      if (region === null && event.start >= cut.left) region = [];
      if (region !== null && event.end > event.start && event.start >= cut.right) {
        this.closeRegion(region, true);
        region = null;
        k++;
      }
      if (region !== null) region.push(event);
      else this.add(event);
    }
    this.closeRegion(region ?? [], false);
    return this.units;
  }

  private add(event: Event): void {
    if (event.type === 'text') {
      appendPart(this.source, event.text);
    } else if (event.type === 'span') {
      for (const part of event.parts) appendPart(this.source, part);
    } else {
      const code = event.code;
      this.source.push(code);
      if (code.kind === 'open') this.openStack.push(code);
      else if (code.kind === 'close') {
        const at = this.openStack.findLastIndex((open) => open.id === code.id);
        if (at >= 0) this.openStack.splice(at, 1);
      }
    }
  }

  /**
   * Ends the current unit at a region of white space and codes between two sentences (`next` true)
   * or at the end of the content; where the region cannot be divided, it stays inside the unit.
   */
  private closeRegion(region: readonly Event[], next: boolean): void {
    const roles = region.map(roleOf);
    const divisible = roles.every((role, i) => i === 0 || role >= (roles[i - 1] as RegionRole)) && (next || !roles.includes(AFTER));
    if (!divisible) {
      for (const event of region) this.add(event);
      if (!next) this.finishUnit('');
      return;
    }
    let space = '';
    const opens: InlineCode[] = [];
    region.forEach((event, i) => {
      if (roles[i] === BEFORE) this.add(event);
      else if (event.type === 'text') space += event.text;
      else if (event.type === 'code') opens.push(event.code);
    });
    if (!next) {
      this.finishUnit(space);
      return;
    }
    const carried = this.openStack;
    for (let i = carried.length - 1; i >= 0; i--) {
      const open = carried[i] as InlineCode;
      this.source.push({ kind: 'close', id: open.id, name: open.name });
    }
    this.finishUnit(space);
    for (const open of carried) this.add({ type: 'code', start: 0, end: 0, code: open, role: 'open' });
    for (const open of opens) this.add({ type: 'code', start: 0, end: 0, code: open, role: 'open' });
  }

  private finishUnit(spaceAfter: string): void {
    if (this.source.length > 0 || spaceAfter !== '') this.units.push({ source: this.source, spaceAfter, translate: true });
    this.source = [];
    this.openStack = [];
  }
}

function roleOf(event: Event): RegionRole {
  if (event.type === 'text') return SPACE_AFTER;
  if (event.type === 'span') return BEFORE;
  return event.role === 'open' ? AFTER : BEFORE;
}
