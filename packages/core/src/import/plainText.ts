/**
 * The plain-text importer: statements pasted from a web page or extracted from a PDF, turned into the
 * document model. Nothing is dropped: every line of text ends up in some block (only bullets, blank
 * lines and the wrapping of lines are not kept, and a date line is kept as its date); page furniture
 * (page numbers, running headers and footers) is kept as asides, out of the text's flow.
 */
import { InputError } from '../errors/index.ts';
import { textContent, type Block, type BlockKind, type SourceDocument, type Unit } from '../model/document.ts';
import { segmentSentences } from '../segment/sentences.ts';
import { assignKinds, type KindedBlock } from './blockKinds.ts';
import { groupLines } from './drafts.ts';
import { MAX_TEXT_LENGTH } from '../limits.ts';
import { tooLarge } from './limits.ts';
import { separateLeadingLines } from './leadingLines.ts';
import { pageFurnitureLines } from './pageFurniture.ts';
import { documentScripts } from './scripts.ts';

const HEADING_LEVEL = 2;

export function importPlainText(text: string, lang: string): SourceDocument {
  if (text.length > MAX_TEXT_LENGTH) throw tooLarge(text.length, 'characters');
  if (text.trim() === '') {
    throw new InputError('input.empty', 'The text is empty (or only white space). Paste or upload the text of the statement.');
  }
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const drafts = separateLeadingLines(groupLines(lines, pageFurnitureLines(lines)), documentScripts(lang, text));
  return { lang, blocks: assignKinds(drafts).map((block) => toBlock(block, lang)) };
}

function toBlock(kinded: KindedBlock, lang: string): Block {
  const block: Block = { kind: kinded.kind, units: unitsOf(kinded.kind, kinded.text, lang) };
  if (kinded.kind === 'heading') block.level = HEADING_LEVEL;
  if (kinded.list !== undefined) block.list = kinded.list;
  if (kinded.date !== undefined) block.date = kinded.date;
  return block;
}

function unitsOf(kind: BlockKind, text: string, lang: string): Unit[] {
  // A date is formatted per language on publication; asides and signatories stay as they are.
  if (kind === 'date') return [];
  if (kind === 'aside' || kind === 'signatory') return [{ source: textContent(text), spaceAfter: '', translate: false }];
  return sentenceUnits(text, lang);
}

/** One translatable unit per sentence of `text`; sources and spaces rejoin to `text`. */
export function sentenceUnits(text: string, lang: string): Unit[] {
  const units: Unit[] = [];
  for (const piece of segmentSentences(text, lang)) {
    const sentence = piece.trimEnd();
    const previous = units[units.length - 1];
    if (sentence === '' && previous) previous.spaceAfter += piece;
    else units.push({ source: textContent(sentence), spaceAfter: piece.slice(sentence.length), translate: true });
  }
  return units;
}
