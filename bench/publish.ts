/**
 * Publication: every registered format of a 2,000-unit statement in 40 languages — assembly from
 * approved translations, then each format — beside plain string concatenation of the same texts,
 * measured in the same run. Each format has passes of its own (a pass: the baseline over every
 * language, then each language assembled and written in turn); each figure is the fastest of its
 * rounds, the baseline's too, and the ratio is that of the two. Both the baseline and each format
 * are timed up to their text made one string (what writing it out requires); the concatenation left
 * as pieces is printed beside, for what it is worth.
 *
 * The statement: the blocks of `shared/statement/001_*.txt` (title, paragraphs, lists, signatories),
 * repeated until it holds 2,000 units, every tenth sentence with bold text and a link. Translations
 * are sentences in each language's own script (Japanese, Arabic, Chinese, Russian…) or the source
 * sentence written for the language (Latin-script languages), so each language's typography runs.
 */
import { readFileSync } from 'node:fs';
import {
  assemblePublication,
  contentText,
  decodeText,
  importPlainText,
  publicationFormats,
  type Content,
  type PublicationBlockInput,
  type PublicationDocument,
  type PublicationFormat,
} from '../packages/core/src/index.ts';
import type { Benchmark } from './benchmark.ts';

const UNITS = 2_000;
const ROUNDS = 5;
const LANGUAGES = [
  'ar', 'bg', 'bn', 'ca', 'cs', 'da', 'de', 'el', 'es', 'et', 'fa', 'fi', 'fr', 'he', 'hi', 'hr', 'hu', 'id', 'it', 'ja',
  'ko', 'lt', 'lv', 'ms', 'nl', 'no', 'pl', 'pt', 'ro', 'ru', 'sk', 'sl', 'sr', 'sv', 'sw', 'th', 'tr', 'uk', 'ur', 'zh',
];
/** Sentences in the scripts that are not Latin (what they say does not matter here). */
const SCRIPT_SENTENCES: Record<string, string[]> = {
  ja: ['私たちは、条約案が人権を損なう道具として使われることのないよう求めます。', '市民社会は二年間にわたり、Access Now などと共に草案の改善に努めてきました!'],
  zh: ['我们呼吁各国代表团确保公约草案不会被用作损害人权的工具。', '公民社会团体在过去两年中一直努力改进草案?'],
  ko: ['우리는 협약 초안이 인권을 훼손하는 도구로 사용되지 않도록 촉구합니다.'],
  th: ['เราขอเรียกร้องให้คณะผู้แทนรัฐต่างๆ ทำให้แน่ใจว่าร่างอนุสัญญาจะไม่ถูกใช้เป็นเครื่องมือ'],
  ar: ['ندعو الوفود المشاركة في الدورة الختامية إلى ضمان ألا تُستخدم الاتفاقية أداةً لتقويض حقوق الإنسان, وفقًا لما نشرته Access Now في 2024.', 'هل يمكن قبول النص الحالي?'],
  fa: ['ما از هیئت‌های دولتی می‌خواهیم اطمینان حاصل کنند که کنوانسیون ابزاری برای تضعیف حقوق بشر نباشد.'],
  he: ['אנו קוראים למשלחות המדינות להבטיח שהאמנה לא תשמש כלי לפגיעה בזכויות האדם, כפי ש-Access Now כתבה.'],
  ur: ['ہم ریاستی وفود سے مطالبہ کرتے ہیں کہ کنونشن کو انسانی حقوق کو کمزور کرنے کے آلے کے طور پر استعمال نہ کیا جائے۔'],
  ru: ['Мы призываем делегации государств обеспечить, чтобы конвенция не стала инструментом подрыва прав человека.'],
  uk: ['Ми закликаємо делегації держав забезпечити, щоб конвенція не стала інструментом підриву прав людини.'],
  bg: ['Призоваваме делегациите да гарантират, че конвенцията няма да се използва за подкопаване на правата на човека.'],
  sr: ['Позивамо делегације држава да обезбеде да конвенција не постане оруђе за подривање људских права.'],
  el: ['Καλούμε τις αντιπροσωπείες να διασφαλίσουν ότι η σύμβαση δεν θα χρησιμοποιηθεί για την υπονόμευση των ανθρωπίνων δικαιωμάτων.'],
  hi: ['हम राज्य प्रतिनिधिमंडलों से आग्रह करते हैं कि संधि का उपयोग मानवाधिकारों को कमजोर करने के लिए न हो।'],
  bn: ['আমরা রাষ্ট্রীয় প্রতিনিধিদের আহ্বান জানাই যেন কনভেনশনটি মানবাধিকার ক্ষুণ্ণ করার হাতিয়ার না হয়।'],
};

const bold = (id: string, text: string): Content => [{ kind: 'open', id, name: 'b' }, text, { kind: 'close', id, name: 'b' }];
const link = (id: string, text: string): Content => [{ kind: 'open', id, name: 'a', attrs: { href: 'https://example.org/convention?draft=3&lang=x' } }, text, { kind: 'close', id, name: 'a' }];

/** The source's blocks, repeated up to `UNITS` units, every tenth sentence with bold text and a link. */
function statementBlocks(): PublicationBlockInput[] {
  const source = importPlainText(decodeText(readFileSync(new URL('../../shared/statement/001_e6857291a9728c98.txt', import.meta.url))), 'en');
  const blocks: PublicationBlockInput[] = [];
  let units = 0;
  let list = 0;
  while (units < UNITS) {
    for (const block of source.blocks) {
      if (units >= UNITS) break;
      const kept = block.units.slice(0, UNITS - units).map((unit, index) => {
        const text = contentText(unit.source);
        const source: Content = unit.translate && (units + index) % 10 === 0 ? [...bold('1', 'We'), ` ${text} `, ...link('2', 'the draft'), '.'] : unit.source;
        return { source, spaceAfter: unit.spaceAfter, translate: unit.translate, target: [] as Content, state: 'approved' as const };
      });
      units += kept.length;
      blocks.push({ kind: block.kind, level: block.level ?? null, list: block.list === undefined ? null : block.list + list, date: block.date ?? null, units: kept });
    }
    list += 100;
  }
  return blocks;
}

/** The translation of a source sentence into `lang`, keeping its inline codes. */
function translate(source: Content, lang: string, index: number): Content {
  const sentences = SCRIPT_SENTENCES[lang];
  const text = (part: string): string => (sentences ? sentences[index % sentences.length]! : `${part} (${lang})${index % 5 === 0 ? ' ?' : ''}`);
  return source.map((part) => (typeof part === 'string' ? (part.trim() === '' ? part : text(part)) : part));
}

const strings: PublicationDocument['strings'] = (key, values) => `${key}${values ? ` ${JSON.stringify(values)}` : ''}`;

async function run(print: (line: string) => void): Promise<void> {
  const template = statementBlocks();
  const unitCount = template.reduce((sum, block) => sum + block.units.length, 0);
  const languages = LANGUAGES.map((lang) => ({
    lang,
    blocks: template.map((block) => ({ ...block, units: block.units.map((unit, index) => (unit.translate ? { ...unit, target: translate(unit.source, lang, index) } : unit)) })),
  }));
  const alternates = LANGUAGES.map((lang) => ({ lang, label: lang, href: `../${lang}/index.html` }));
  let bytes = 0;

  /**
   * The length of an output made one string, as writing it to a response or a file makes it. V8 keeps
   * `a + b` as a pair of pointers until the text is read, and reading one character joins the pieces:
   * the baseline and every format are measured up to text that exists, not up to pointers to its pieces.
   */
  const written = (output: string | Uint8Array): number => {
    if (typeof output === 'string' && output.length > 0) output.charCodeAt(0);
    return output.length;
  };

  /**
   * The baseline: the texts a publication holds (the translations, the source of units kept as they
   * are; page furniture left out as a publication leaves it) with the same separators (each unit's
   * own space after it, a blank line between blocks), concatenated; `read`: made one string.
   */
  const concatenate = (read: boolean): number => {
    const started = performance.now();
    for (const { blocks } of languages) {
      let plain = '';
      for (const block of blocks) {
        if (block.kind === 'aside') continue;
        for (const unit of block.units) plain += contentText(unit.translate ? unit.target : unit.source) + unit.spaceAfter;
        plain += '\n\n';
      }
      bytes += read ? written(plain) : plain.length;
    }
    return performance.now() - started;
  };
  interface Measured {
    concatenation: number;
    /** The same concatenation left as pieces, never read. */
    unread: number;
    assembly: number;
    format: number;
  }
  /** For each language, its assembly then `format` written from it (as a request for one language does): both times, and the baseline's, measured just before. */
  const measure = async (format: PublicationFormat): Promise<Measured> => {
    const unread = concatenate(false);
    const concatenation = concatenate(true);
    let assembly = 0;
    let formatting = 0;
    for (const { lang, blocks } of languages) {
      const started = performance.now();
      const publication = assemblePublication({ sourceLang: 'en', lang, blocks, mode: 'publish', allowFallback: false });
      const assembled = performance.now();
      const doc: PublicationDocument = { publication, sourceRevision: 1, version: 1, publishedAt: '2024-02-01T09:00:00Z', alternates, credits: [{ role: 'translator', name: 'Camille' }], strings };
      bytes += written(await format.render(doc));
      formatting += performance.now() - assembled;
      assembly += assembled - started;
    }
    return { concatenation, unread, assembly, format: formatting };
  };

  // Each format is measured in passes of its own over every language (its rounds one after the
  // other, so that what one format leaves to the garbage collector does not weigh on another),
  // beside the baseline measured just before.
  const runs = new Map<string, Measured[]>();
  for (const format of publicationFormats) {
    const measured: Measured[] = [];
    // Round 0 warms up.
    for (let round = 0; round <= ROUNDS; round++) {
      const result = await measure(format);
      if (round > 0) measured.push(result);
    }
    runs.set(format.id, measured);
  }

  // The fastest of the rounds: on a machine shared with other work, what the code costs shows in
  // the round least disturbed (the baseline's likewise).
  const fastest = (values: number[]): number => Math.min(...values) / LANGUAGES.length;
  const all = [...runs.values()].flat();
  const concatenation = fastest(all.map((run) => run.concatenation));
  const unread = fastest(all.map((run) => run.unread));
  const assembly = fastest(all.map((run) => run.assembly));
  const ms = (value: number): string => `${value.toFixed(2)} ms`;
  const per1000 = (value: number): string => ms((value * 1000) / unitCount);
  const ratio = (value: number): string => (value / concatenation).toFixed(1);
  print(`${unitCount} units × ${LANGUAGES.length} languages; the fastest of ${ROUNDS} rounds after a warm-up round, each format in passes of its own beside the baseline.\n`);
  print('| step | per language | per 1,000 units | × concatenation |');
  print('|---|---:|---:|---:|');
  print(`| baseline: plain string concatenation of the same texts, made one string | ${ms(concatenation)} | ${per1000(concatenation)} | 1.0 |`);
  print(`| (the same concatenation left as pieces, never read) | ${ms(unread)} | ${per1000(unread)} | ${ratio(unread)} |`);
  print(`| assembly (approved translations → publication) | ${ms(assembly)} | ${per1000(assembly)} | ${ratio(assembly)} |`);
  let every = assembly;
  for (const format of publicationFormats) {
    const measured = runs.get(format.id)!;
    const total = fastest(measured.map((run) => run.assembly + run.format));
    every += fastest(measured.map((run) => run.format));
    print(`| assembly + ${format.label} | ${ms(total)} | ${per1000(total)} | ${ratio(total)} |`);
  }
  print(`| assembly + every format | ${ms(every)} | ${per1000(every)} | ${ratio(every)} |`);
  print(`\n(${bytes} characters and bytes written; target: HTML, Markdown and text within 5× of concatenation.)`);
}

const benchmark: Benchmark = { name: 'Publication formats, 2,000 units in 40 languages', run };
export default benchmark;
