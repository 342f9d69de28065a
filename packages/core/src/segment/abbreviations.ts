/**
 * Abbreviations after which a full stop does not (by itself) end a sentence, per language (primary
 * subtag), grouped by how they behave before the next word:
 *
 * - `title`: stands before a name (`Dr. Meier`, `Mt. Fuji`, `Sig. Rossi`): never ends a sentence.
 * - `continuing`: introduces what follows (`e.g.`, `z. B.`, `vs.`, `napr.`): never ends a sentence.
 * - `numbered`: stands before a number (`No. 5`, `Art. 12`, `Tel. (…)`, `Mar. 23`): ends a sentence only
 *   when a capitalised word follows, like an ordinary word — which keeps `art.`, `no.` or `mar.` (“sea”)
 *   from hiding a real boundary.
 * - `time`: `a.m.`/`p.m.`: ends the sentence before a capitalised word, unless the time opens the
 *   sentence (`At 5 a.m. Mr. Smith left.`).
 * - `ending`: may end a sentence (`Co.`, `etc.`, `Jr.`): it does when a word that typically starts a
 *   sentence follows (`… & Co. They said`), not before other capitalised words (`& Co. KG`, `kath. Schule`).
 *
 * Entries are lowercase, without the final full stop; internal full stops stay (`e.g`, `z.b`). Initials
 * (`J.`, `U.S.`, `Ph.D.`) need no entry: the segmenter recognises them by shape. Single letters need an
 * entry only where they end sentences (Bulgarian `г.` “year”) or where a language wants them kept
 * (Russian `г.` “town/year”).
 */
export type AbbreviationKind = 'title' | 'continuing' | 'numbered' | 'time' | 'ending';

type Lists = Partial<Record<AbbreviationKind, string>>;

/** Abbreviations met in text of any language written in Latin script (dates, times, Latin words). */
const LATIN_COMMON: Lists = {
  title: 'mr mrs ms mt',
  continuing: 'e.g i.e cf vs viz ca',
  numbered: 'no n° nº nr',
  time: 'a.m p.m',
  ending: 'etc',
};

const LISTS: Record<string, Lists> = {
  en: {
    title:
      'mr mrs ms messrs mmes dr drs prof profs st mt rev revd hon gen col capt lt sgt cpl pvt maj adm cmdr cdr ' +
      'brig gov govs sen sens rep reps pres supt insp det fr atty amb mme mlle msgr rt',
    continuing: 'e.g i.e cf vs viz approx esp incl excl resp a.k.a w.r.t',
    numbered:
      'no nos nr n° art arts para paras pp vol vols ch chap sec secs fig figs eq eqs tel ext ref refs op pt ' +
      'jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri rs rm ste bldg',
    ending:
      'jr sr co corp inc ltd llc plc bros assn dept univ inst govt intl natl assoc min max hr hrs mins est etc al ' +
      'ave blvd rd sq hwy yd yds oz lb lbs ft gal qt mi misc mfg mgr ibid cit btw med',
  },
  de: {
    title: 'dr prof hr hrn fr frl dipl ing mag',
    continuing:
      'z.b z.t z.z zz zzt d.h u.a u.ä o.ä bzw vgl sog ggf evtl inkl bspw insb allg bzgl ggü s.o s.u u.u i.d.r ' +
      'u.v.m uvm ca',
    numbered: 'nr art abs bd kap tel str abb tab pkt jan feb mär apr jun jul aug sep sept okt nov dez',
    ending:
      'usw etc kath ev evang co inc ltd mio mrd tsd std min sek jh jhd v.chr n.chr geb gest verh hrsg aufl verf ' +
      'med jur phil rer nat techn max mind',
  },
  da: {
    title: 'hr fr frk dr prof skt st',
    continuing: 'f.eks bl.a dvs mht jf ca evt inkl pga iht vedr ifm',
    numbered: 'nr tlf tel jan feb mar apr jun jul aug sep sept okt nov dec',
    ending: 'osv mv m.v m.fl co aps kr stk etc',
  },
  nb: {
    title: 'hr fr frk dr prof st',
    continuing: 'f.eks bl.a dvs jf ca evt inkl pga vedr',
    numbered: 'nr tlf tel jan feb mar apr jun jul aug sep sept okt nov des',
    ending: 'osv mv m.fl co kr stk etc',
  },
  sv: {
    title: 'dr prof st',
    continuing: 't.ex bl.a d.v.s dvs s.k jfr ca resp',
    numbered: 'nr tel kl jan feb mar apr jun jul aug sep sept okt nov dec',
    ending: 'o.s.v osv m.m mm kr milj mdr st etc',
  },
  nl: {
    title: 'dhr mevr mw dr drs ir mr prof ing st',
    continuing: 'bijv b.v o.a d.w.z m.a.w t.a.v i.p.v z.g resp ca',
    numbered: 'nr blz art tel hfst jan feb mrt apr jun jul aug sep sept okt nov dec',
    ending: 'enz etc e.d e.a n.v bv mln mld vnw aanw',
  },
  fr: {
    title: 'm mm mme mmes mlle mlles dr pr me mgr st ste',
    continuing: 'cf ex p.ex env vs resp',
    numbered: 'art n° no p pp chap vol fig t éd tél janv févr avr juil sept oct nov déc',
    ending: 'etc cie ltd inc av bd réf min max hab ms mss dép',
  },
  es: {
    title: 'sr sra srta sres sras srs dr dra dres lic lcda lcdo ing arq prof profa dn dña mons gral cnel tte sto sta',
    continuing: 'p.ej ej aprox cf vs vid',
    numbered:
      'art núm nº no n° pág págs pp cap vol fig tel ext párr párrf ene feb mar abr jun jul ago sep sept oct nov dic ' +
      'lun mié jue vie sáb dom km cra cll av avda hs',
    ending: 'etc admón dpto depto cía ltda ud uds vd vds prov adm gob univ min máx ee uu tlf',
  },
  it: {
    title: 'sig sigg dott dr prof ing avv arch geom rag on sen gen col cap mons rev psicol dir',
    continuing: 'es ad cfr p.es vs ca',
    numbered:
      'art n nr pag pagg pp cap vol fig tel feb mar apr mag giu lug ago set ott nov dic lun mer gio ven sab dom',
    ending: 'ecc etc spa srl ltd co min max tot sec amm econ az',
  },
  pt: {
    title: 'sr sra srta dr dra prof profa eng exmo exma sto sta',
    continuing: 'ex p.ex cf vs aprox',
    numbered: 'art nº n° pág pp cap vol fig tel jan fev mar abr mai jun jul ago set out nov dez',
    ending: 'etc ltda cia min máx av dep',
  },
  pl: {
    title: 'dr prof mgr inż hab płk gen ks św',
    continuing: 'np tj tzn tzw m.in wg ok',
    numbered: 'nr str art ust pkt poz tel rozdz al sty lut mar kwi cze lip sie wrz paź lis gru',
    ending: 'itd itp mln mld tys zł gr godz min',
  },
  cs: {
    title: 'ing mgr mudr judr phdr rndr doc prof dr bc sv',
    continuing: 'např tzv tj resp cca popř',
    numbered: 'č str ul tel čl odst písm kap obr tab',
    ending: 'atd apod tzn a.s s.r.o spol mil mld tis min hod',
  },
  sk: {
    title: 'ing mgr mudr judr phdr rndr doc prof dr bc sv p pí',
    continuing: 'napr tzv tj resp cca príp',
    numbered: 'č str ul tel čl ods písm kap obr tab',
    ending: 'atď a.s s.r.o spol mil mld tis min hod',
  },
  ru: {
    title: 'г гг ул пгт проф акад доц им св тов пос обл',
    continuing: 'т.е т.к т.н напр см ср',
    numbered: 'стр с т п ст гл рис табл тел кв д корп янв фев февр мар апр авг сен сент окт ноя нояб дек',
    ending: 'др пр проч т.д т.п долл дол руб коп тыс млн млрд трлн куб км мин сек ч час',
  },
  uk: {
    title: 'м вул проф акад доц ім св',
    continuing: 'т.я напр див',
    numbered: 'с ст п стор рис табл тел кв д',
    ending: 'р рр т.д т.п грн тис млн млрд коп',
  },
  bg: {
    title: 'пл ул бул гр проф акад доц',
    continuing: 'напр т.е',
    numbered: 'стр ал чл т',
    ending: 'г вкл млн млрд лв ст др т.н',
  },
  kk: {
    continuing: 'т.б б.з.б т.с.с',
    ending: 'ж ғ млн млрд',
  },
  el: {
    title: 'κα δρ καθ',
    continuing: 'π.χ δηλ βλ',
    numbered: 'αρ σελ τηλ',
    ending: 'κ.λπ κλπ κ.ά χλμ εκατ δισ',
  },
  tr: {
    title: 'dr prof doç av',
    continuing: 'örn bkz vb vs',
    numbered: 'no tel cad sok mah',
    ending: 'yy',
  },
  id: {
    title: 'dr prof yth',
    continuing: 'dll dsb dst',
    numbered: 'no tel hlm jl',
  },
  fi: {
    continuing: 'esim ks ns nk mm ts',
    numbered: 'klo puh s',
    ending: 'jne tms yms ym',
  },
};

/** Languages written in Latin script, which share the common list. */
const LATIN = new Set(['en', 'de', 'da', 'nb', 'nn', 'no', 'sv', 'nl', 'fr', 'es', 'it', 'pt', 'pl', 'cs', 'sk', 'tr', 'id', 'ms', 'fi', 'ca', 'ro', 'hu', 'hr', 'sl', 'et', 'lv', 'lt', 'is', 'eu', 'gl', 'sq', 'sw', 'tl', 'vi']);

/** Languages that borrow another's list. */
const SAME_AS: Record<string, string> = { nn: 'nb', no: 'nb', ms: 'id', ca: 'es', gl: 'es' };

/** The abbreviations of a language (primary subtag), each with how it behaves; languages without a list have none. */
export function abbreviationsOf(primary: string): Map<string, AbbreviationKind> {
  const map = new Map<string, AbbreviationKind>();
  const add = (lists: Lists | undefined): void => {
    if (!lists) return;
    for (const kind of ['ending', 'numbered', 'time', 'continuing', 'title'] as const) {
      for (const entry of (lists[kind] ?? '').split(' ')) if (entry !== '') map.set(entry, kind);
    }
  };
  if (LATIN.has(primary)) add(LATIN_COMMON);
  add(LISTS[SAME_AS[primary] ?? primary]);
  return map;
}
