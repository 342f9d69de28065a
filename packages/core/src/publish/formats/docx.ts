import { AlignmentType, Document, ExternalHyperlink, HeadingLevel, LevelFormat, Packer, Paragraph, TextRun, type IRunOptions, type ParagraphChild } from 'docx';
import type { InlineNode } from '../inline.ts';
import { ISOLATE_END, ISOLATE_START } from '../inertText.ts';
import { layOutPublication, type LaidBlock, type LaidPublication, type LaidRun } from './layout.ts';
import type { PublicationDocument, PublicationFormat } from './types.ts';

/** Paragraph styles of the body, by the name Word shows. */
export const DOCX_STYLES = { title: 'Title', date: 'Date', listItem: 'ListBullet', signatory: 'Signatory', notice: 'PublicationNotice', closing: 'PublicationClosing' } as const;
const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6] as const;
const BULLETS = 'bullets';

type RunFormat = Omit<IRunOptions, 'text' | 'children' | 'break'>;

/** Inline nodes as Word runs; formatting as run properties, links as hyperlinks in Word's Hyperlink style. */
function inlineRuns(nodes: readonly InlineNode[], format: RunFormat): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        if (node.text) out.push(new TextRun({ ...format, text: node.text }));
        break;
      case 'break':
        out.push(new TextRun({ ...format, break: 1 }));
        break;
      case 'code':
        out.push(new TextRun({ ...format, text: node.text, font: 'Courier New' }));
        break;
      case 'image':
        if (node.alt) out.push(new TextRun({ ...format, text: node.alt }));
        break;
      case 'element': {
        const inner: RunFormat =
          node.element === 'strong' ? { ...format, bold: true }
          : node.element === 'em' ? { ...format, italics: true }
          : node.element === 'u' ? { ...format, underline: {} }
          : node.element === 'del' ? { ...format, strike: true }
          : node.element === 'sup' ? { ...format, superScript: true }
          : node.element === 'sub' ? { ...format, subScript: true }
          : node.element === 'code' ? { ...format, font: 'Courier New' }
          : node.element === 'a' && node.href ? { ...format, style: 'Hyperlink' }
          : format;
        const children = inlineRuns(node.children, inner);
        if (node.element === 'a' && node.href && children.length > 0) out.push(new ExternalHyperlink({ link: node.href, children }));
        else out.push(...children);
      }
    }
  }
  return out;
}

function runChildren(run: LaidRun, laid: LaidPublication): ParagraphChild[] {
  const format: RunFormat = {
    language: { value: run.lang },
    ...(run.isolate ? {} : laid.dir === 'rtl' ? { rightToLeft: true } : {}),
    ...(run.mark ? { highlight: 'yellow' } : {}),
  };
  const children = inlineRuns(run.nodes, format);
  return run.isolate ? [new TextRun({ text: ISOLATE_START }), ...children, new TextRun({ text: ISOLATE_END })] : children;
}

function blockParagraph(block: LaidBlock, laid: LaidPublication, list: number): Paragraph {
  const children = block.runs.flatMap((run) => runChildren(run, laid));
  const common = { children, bidirectional: laid.dir === 'rtl' };
  switch (block.kind) {
    case 'title':
      return new Paragraph({ ...common, heading: HeadingLevel.TITLE });
    case 'heading':
      return new Paragraph({ ...common, heading: HEADINGS[block.level - 1] });
    case 'date':
      return new Paragraph({ ...common, style: DOCX_STYLES.date });
    case 'list-item':
      return new Paragraph({ ...common, style: DOCX_STYLES.listItem, numbering: { reference: BULLETS, level: 0, instance: list } });
    case 'signatory':
      return new Paragraph({ ...common, style: DOCX_STYLES.signatory });
    case 'paragraph':
      return new Paragraph(common);
  }
}

/**
 * A language version as a Word document: title, headings and list items in Word's own styles
 * (Title, Heading 2…, List Bullet), signatories in a Signatory style, links as hyperlinks, right to
 * left paragraphs for right-to-left languages. Opens in Word and LibreOffice.
 */
export async function renderDocx(doc: PublicationDocument): Promise<Uint8Array> {
  const laid = layOutPublication(doc);
  const rtl = laid.dir === 'rtl';
  const paragraphs: Paragraph[] = [];
  if (laid.notice) paragraphs.push(new Paragraph({ style: DOCX_STYLES.notice, bidirectional: rtl, children: [new TextRun({ text: laid.notice })] }));
  let list = 0;
  for (const section of laid.sections) {
    if (section.type === 'block') paragraphs.push(blockParagraph(section.block, laid, list));
    else {
      list++;
      for (const item of section.items) paragraphs.push(blockParagraph(item, laid, list));
    }
  }
  const closing: string[] = [];
  if (laid.versionLine) closing.push(laid.versionLine);
  for (const credit of laid.credits) closing.push(`${credit.label}: ${credit.names.map((name) => (rtl ? `${ISOLATE_START}${name}${ISOLATE_END}` : name)).join(', ')}`);
  for (const line of closing) paragraphs.push(new Paragraph({ style: DOCX_STYLES.closing, bidirectional: rtl, children: [new TextRun({ text: line })] }));
  const document = new Document({
    title: laid.title,
    creator: 'Tessera',
    styles: {
      default: { document: { run: { language: { value: laid.lang, ...(rtl ? { bidirectional: laid.lang } : {}) }, ...(rtl ? { rightToLeft: true } : {}) } } },
      paragraphStyles: [
        { id: DOCX_STYLES.date, name: 'Date', basedOn: 'Normal', next: 'Normal', run: { color: '4A4A4A' } },
        { id: DOCX_STYLES.listItem, name: 'List Bullet', basedOn: 'Normal', quickFormat: true },
        { id: DOCX_STYLES.signatory, name: 'Signatory', basedOn: 'Normal', paragraph: { spacing: { after: 0 }, indent: { start: 360 } } },
        { id: DOCX_STYLES.notice, name: 'Publication Notice', basedOn: 'Normal', run: { italics: true }, paragraph: { shading: { type: 'clear', fill: 'FFF4D6', color: 'auto' } } },
        { id: DOCX_STYLES.closing, name: 'Publication Closing', basedOn: 'Normal', run: { size: 18, color: '4A4A4A' } },
      ],
    },
    numbering: {
      config: [
        { reference: BULLETS, levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.START, style: { paragraph: { indent: { start: 720, hanging: 360 } } } }] },
      ],
    },
    sections: [{ children: paragraphs }],
  });
  return Packer.pack(document, 'uint8array');
}

export const docxFormat: PublicationFormat = {
  id: 'docx',
  label: 'Word (DOCX)',
  extension: 'docx',
  mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  render: renderDocx,
};
