/**
 * Inline formatting in the translation box, as pure functions. The box holds plain text; each
 * inline code of the unit (bold, a link, a line break…) is written in it as a short token:
 * `{1}` opens and `{/1}` closes the pair with id 1, `{2/}` is the standalone code with id 2.
 * A `{` of the text itself is doubled (`{{`), so any content makes the round trip.
 */
import { contentText, textContent, type Content, type InlineCode } from '@tessera/core';

/** An id as written inside a token: characters that would end or confuse the token are escaped as `%XXXX`. */
function tokenId(id: string): string {
  if (id === '') return '%';
  return id.replace(/[%{}/\s]/gu, (c) => `%${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function idOfToken(written: string): string | null {
  if (written === '%') return '';
  let id = '';
  for (let i = 0; i < written.length; ) {
    if (written[i] !== '%') {
      id += written[i];
      i += 1;
      continue;
    }
    const hex = written.slice(i + 1, i + 5);
    if (!/^[0-9a-f]{4}$/u.test(hex)) return null;
    id += String.fromCharCode(parseInt(hex, 16));
    i += 5;
  }
  return id;
}

/** The token that stands for a code in the translation box (and beside the source). */
export function codeToken(code: Pick<InlineCode, 'kind' | 'id'>): string {
  const id = tokenId(code.id);
  if (code.kind === 'open') return `{${id}}`;
  if (code.kind === 'close') return `{/${id}}`;
  return `{${id}/}`;
}

/** The inline codes of some content, in order. */
export function codesOf(content: Content): InlineCode[] {
  return content.filter((part): part is InlineCode => typeof part !== 'string');
}

const escapeText = (text: string) => text.replaceAll('{', '{{');

/** Content as the translator edits it: text as it is (`{` doubled), codes as tokens. */
export function contentToEditable(content: Content): string {
  return content.map((part) => (typeof part === 'string' ? escapeText(part) : codeToken(part))).join('');
}

const keyOf = (kind: InlineCode['kind'], id: string) => `${kind}:${id}`;

/**
 * A translation from the memory as the translation box's text: with its codes as tokens when
 * each is one of the unit's source codes (same kind, id and name), else its text without codes,
 * since tokens of codes the source does not have would stay literal text.
 */
export function memoryToEditable(target: Content, sourceCodes: readonly InlineCode[]): string {
  const fits = codesOf(target).every((code) => sourceCodes.some((own) => own.kind === code.kind && own.id === code.id && own.name === code.name));
  return contentToEditable(fits ? target : textContent(contentText(target)));
}

/** A token at the start of `text`: `{id}`, `{/id}` or `{id/}`. */
const TOKEN = /^\{(\/?)([^{}/\s]+)(\/?)\}/u;

/**
 * The text of the translation box as content: each token of one of the source's codes becomes
 * that code (the source's object, with its name and attributes), `{{` a `{`; anything else —
 * an unknown token, a lone brace — stays text. Codes the translator deleted are simply absent.
 */
export function editableToContent(text: string, sourceCodes: readonly InlineCode[]): Content {
  const codes = new Map<string, InlineCode>();
  for (const code of sourceCodes) {
    const key = keyOf(code.kind, code.id);
    if (!codes.has(key)) codes.set(key, code);
  }
  const content: Content = [];
  let pending = '';
  const flush = () => {
    if (pending) content.push(pending);
    pending = '';
  };
  let i = 0;
  while (i < text.length) {
    const brace = text.indexOf('{', i);
    if (brace === -1) {
      pending += text.slice(i);
      break;
    }
    pending += text.slice(i, brace);
    if (text[brace + 1] === '{') {
      pending += '{';
      i = brace + 2;
      continue;
    }
    const match = TOKEN.exec(text.slice(brace));
    const [whole, slash, written, trailing] = match ?? [];
    const id = written === undefined ? null : idOfToken(written);
    const kind = slash && trailing ? null : slash ? 'close' : trailing ? 'standalone' : 'open';
    const code = match && id !== null && kind ? codes.get(keyOf(kind, id)) : undefined;
    if (code && whole) {
      flush();
      content.push(code);
      i = brace + whole.length;
    } else {
      pending += '{';
      i = brace + 1;
    }
  }
  flush();
  return content;
}

/** The source's codes that the translation box does not hold yet: what “Insert formatting” offers. */
export function missingCodes(text: string, sourceCodes: readonly InlineCode[]): InlineCode[] {
  const present = new Set(codesOf(editableToContent(text, sourceCodes)).map((code) => keyOf(code.kind, code.id)));
  const seen = new Set<string>();
  return sourceCodes.filter((code) => {
    const key = keyOf(code.kind, code.id);
    if (present.has(key) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * What “Insert formatting” offers: a pair once (by its opening code) when either half is
 * missing, a standalone code on its own.
 */
export interface FormattingChoice {
  code: InlineCode;
  /** For a pair: its closing code, when the source has it. */
  close: InlineCode | null;
}

export function formattingChoices(text: string, sourceCodes: readonly InlineCode[]): FormattingChoice[] {
  const missing = missingCodes(text, sourceCodes);
  const choices: FormattingChoice[] = [];
  const offered = new Set<string>();
  for (const code of missing) {
    if (code.kind === 'standalone') {
      choices.push({ code, close: null });
      continue;
    }
    if (offered.has(code.id)) continue;
    offered.add(code.id);
    const open = sourceCodes.find((c) => c.kind === 'open' && c.id === code.id);
    const close = sourceCodes.find((c) => c.kind === 'close' && c.id === code.id) ?? null;
    choices.push({ code: open ?? code, close: open ? close : null });
  }
  return choices;
}

/**
 * The box's text after inserting a choice at the selection `[start, end)`: a pair goes around
 * the selection (only the half that is missing, when one half is already there), a standalone
 * code replaces nothing and goes at the caret. Returns the new text and the caret after it.
 */
export function insertFormatting(
  text: string,
  start: number,
  end: number,
  choice: FormattingChoice,
  sourceCodes: readonly InlineCode[],
): { text: string; selectionStart: number; selectionEnd: number } {
  const from = Math.max(0, Math.min(start, end, text.length));
  const to = Math.min(text.length, Math.max(start, end, 0));
  if (choice.code.kind === 'standalone' || choice.code.kind === 'close') {
    const token = codeToken(choice.code);
    const next = text.slice(0, to) + token + text.slice(to);
    return { text: next, selectionStart: to + token.length, selectionEnd: to + token.length };
  }
  const missing = new Set(missingCodes(text, sourceCodes).map((code) => keyOf(code.kind, code.id)));
  const openToken = missing.has(keyOf('open', choice.code.id)) ? codeToken(choice.code) : '';
  const closeToken = choice.close && missing.has(keyOf('close', choice.close.id)) ? codeToken(choice.close) : '';
  const next = text.slice(0, from) + openToken + text.slice(from, to) + closeToken + text.slice(to);
  // The selection stays on the words now inside the pair (the caret inside it when nothing was selected).
  return { text: next, selectionStart: from + openToken.length, selectionEnd: to + openToken.length };
}

/** What a code stands for, for a tooltip: its name and attributes (`a href="…"`). */
export function codeDescription(code: InlineCode): string {
  const attrs = Object.entries(code.attrs ?? {}).map(([key, value]) => `${key}="${value}"`);
  return [code.name, ...attrs].join(' ');
}
