/** For tests: a document as lines a reader can compare at a glance. */
import type { Block, Content, SourceDocument, Unit } from '../model/document.ts';

/** Content with its codes as bracketed tags: `[b]…[/b]`, `[a href=…]…[/a]`, `[br]`, `[code text=…]`. */
export function renderContent(content: Content): string {
  return content
    .map((part) => {
      if (typeof part === 'string') return part;
      const attrs = Object.entries(part.attrs ?? {})
        .map(([name, value]) => ` ${name}=${value}`)
        .join('');
      if (part.kind === 'close') return `[/${part.name}]`;
      return `[${part.name}${attrs}]`;
    })
    .join('');
}

/** A unit as text; one that is not translated is marked with `~`. */
export function renderUnit(unit: Unit): string {
  return (unit.translate ? '' : '~') + renderContent(unit.source);
}

/** One line per block: `kind/level#list: unit | unit` (a date block shows its date). */
export function outline(doc: SourceDocument): string[] {
  return doc.blocks.map(outlineBlock);
}

export function outlineBlock(block: Block): string {
  const head = `${block.kind}${block.level ? `/${block.level}` : ''}${block.list ? `#${block.list}` : ''}`;
  return `${head}: ${block.date ?? block.units.map(renderUnit).join(' | ')}`;
}
