/**
 * Abbreviations after which a sentence does not end, per language (primary subtag).
 * Initials such as `J.` or `U.S.` need no entry: the segmenter recognises them by shape.
 * Entries match case-sensitively; an entry starting in lowercase also matches its capitalised
 * form at the start of a sentence (`e.g.` → `E.g.`).
 */
const ABBREVIATIONS: Readonly<Record<string, readonly string[]>> = {
  en: [
    'Mr.', 'Mrs.', 'Ms.', 'Dr.', 'Prof.', 'St.', 'Jr.', 'Sr.', 'Rev.', 'Hon.', 'Gen.', 'Gov.', 'Sen.', 'Rep.',
    'No.', 'Nos.', 'Art.', 'Arts.', 'para.', 'paras.', 'p.', 'pp.', 'vol.', 'ch.', 'Fig.',
    'e.g.', 'i.e.', 'cf.', 'vs.', 'etc.', 'al.', 'approx.', 'Inc.', 'Ltd.', 'Co.', 'Corp.',
  ],
  fr: ['MM.', 'Mme.', 'Mlle.', 'Dr.', 'Pr.', 'art.', 'p.', 'pp.', 'cf.', 'etc.', 'ex.', 'env.', 'chap.', 'vol.', 'n°.'],
  es: [
    'Sr.', 'Sra.', 'Srta.', 'Dr.', 'Dra.', 'Ud.', 'Uds.', 'art.', 'núm.', 'pág.', 'p.', 'ej.', 'etc.', 'aprox.', 'cf.',
    'EE.UU.',
  ],
  de: [
    'z.B.', 'd.h.', 'u.a.', 'usw.', 'bzw.', 'ca.', 'Dr.', 'Prof.', 'Nr.', 'vgl.', 'Abs.', 'Art.', 'S.', 'ggf.', 'evtl.',
    'inkl.', 'sog.',
  ],
};

/** Lists by language tag as given; cleared if it ever grows past a handful of languages. */
const cache = new Map<string, ReadonlySet<string>>();
const MAX_CACHED = 64;

/** The abbreviations of `lang`'s primary language; languages without a list use the English one. */
export function abbreviationsFor(lang: string): ReadonlySet<string> {
  let set = cache.get(lang);
  if (!set) {
    const primary = lang.toLowerCase().split(/[-_]/)[0] ?? '';
    if (cache.size >= MAX_CACHED) cache.clear();
    set = new Set(Object.hasOwn(ABBREVIATIONS, primary) ? ABBREVIATIONS[primary] : ABBREVIATIONS['en']);
    cache.set(lang, set);
  }
  return set;
}

/** Whether `token` (a word ending in a full stop) is one of `abbreviations`. */
export function isAbbreviation(token: string, abbreviations: ReadonlySet<string>): boolean {
  if (abbreviations.has(token)) return true;
  const first = token.charAt(0);
  const lowered = first.toLowerCase() + token.slice(1);
  return lowered !== token && abbreviations.has(lowered);
}
