import { describe, expect, it } from 'vitest';
import { refusal } from '../import/testRefusal.ts';
import {
  GLOSSARY_FORMATS,
  detectGlossaryFormat,
  findTerms,
  glossaryTerm,
  readGlossaryCsv,
  readTbx,
  termsForUnit,
  writeGlossaryCsv,
  writeTbx,
  type GlossaryTerm,
} from './index.ts';

const term = (source: string, target: string | null, extra: Partial<GlossaryTerm> = {}): GlossaryTerm =>
  glossaryTerm({ source, target, doNotTranslate: target === null, ...extra });

const pair = { sourceLang: 'en', targetLang: 'fr' };

/** The texts found, in order. */
const found = (text: string, terms: GlossaryTerm[], lang = 'en') => findTerms(text, terms, lang).map((m) => text.slice(m.start, m.end));

describe('finding terms in a source', () => {
  const glossary = [
    term('cyber-dependent crime', 'infraction cyberdépendante'),
    term('prior judicial authorization', 'autorisation judiciaire préalable'),
    term('authorization', 'autorisation'),
    term('policy', 'politique'),
    term('Tor', null),
  ];

  it('finds terms whatever their case, with their positions', () => {
    const text = 'Without Prior Judicial Authorization, nothing.';
    expect(findTerms(text, glossary, 'en')).toEqual([{ start: 8, end: 36, term: glossary[1] }]);
  });

  it('prefers the longest term where terms overlap, and finds the shorter one elsewhere', () => {
    expect(found('prior judicial authorization and authorization', glossary)).toEqual(['prior judicial authorization', 'authorization']);
  });

  it('finds whole words only', () => {
    expect(found('Toronto, tort and Tor.', glossary)).toEqual(['Tor']);
    expect(found('a policymaker', glossary)).toEqual([]);
  });

  it('finds English plurals and singulars, spaces and hyphens between the words', () => {
    expect(found('Cyber-dependent crimes and cyber dependent  crime rose.', glossary)).toEqual(['Cyber-dependent crimes', 'cyber dependent  crime']);
    expect(found('Two policies.', glossary)).toEqual(['policies']);
    expect(found('The policy’s aim.', glossary)).toEqual(['policy’s']);
    expect(found('Three laws.', [term('laws', 'lois')])).toEqual(['laws']);
    expect(found('One law.', [term('laws', 'lois')])).toEqual(['law']);
  });

  it('finds terms inside text written without spaces (Japanese, Chinese)', () => {
    const ja = [term('令状', 'warrant'), term('事前の司法審査', 'prior judicial review')];
    expect(found('政府は令状なしで事前の司法審査を省いた。', ja, 'ja')).toEqual(['令状', '事前の司法審査']);
    expect(found('执法机构需要搜查令。', [term('搜查令', 'warrant')], 'zh')).toEqual(['搜查令']);
  });

  it('gives the entries of a unit once each, in the order they occur, leaving inline codes out', () => {
    const source = ['Policies on ', { kind: 'open' as const, id: '1', name: 'b' }, 'prior judicial authorization', { kind: 'close' as const, id: '1', name: 'b' }, ' and policy.'];
    expect(termsForUnit(source, glossary, 'en')).toEqual([glossary[3], glossary[1]]);
    expect(termsForUnit('Nothing here.', glossary, 'en')).toEqual([]);
  });
});

const TBX3 = `<?xml version="1.0" encoding="UTF-8"?>
<?xml-model href="https://raw.githubusercontent.com/LTAC-Global/TBX-Basic_dialect/master/DCA/TBXcoreStructV03_TBX-Basic_integrated.rng" type="application/xml" schematypens="http://relaxng.org/ns/structure/1.0"?>
<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
  <tbxHeader>
    <fileDesc><sourceDesc><p>Exported from a terminology tool</p></sourceDesc></fileDesc>
  </tbxHeader>
  <text>
    <body>
      <conceptEntry id="c5">
        <descrip type="subjectField">Law</descrip>
        <descripGrp><descrip type="definition">An order of a judge obtained before the measure.</descrip></descripGrp>
        <langSec xml:lang="en-GB">
          <termSec>
            <term>prior judicial authorization</term>
            <termNote type="partOfSpeech">noun</termNote>
            <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
          </termSec>
          <termSec>
            <term>prior judicial authorisation</term>
            <termNote type="administrativeStatus">admittedTerm-admn-sts</termNote>
          </termSec>
          <termSec>
            <term>judge's OK</term>
            <termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote>
          </termSec>
        </langSec>
        <langSec xml:lang="fr-FR">
          <termSec>
            <term>autorisation judiciaire préalable</term>
            <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
            <note>Toujours au singulier.</note>
          </termSec>
          <termSec>
            <term>permission du juge</term>
            <termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote>
          </termSec>
        </langSec>
      </conceptEntry>
      <conceptEntry id="c6">
        <langSec xml:lang="en"><termSec><term>Tor</term></termSec></langSec>
        <langSec xml:lang="fr"><termSec><term>Tor</term></termSec></langSec>
      </conceptEntry>
      <conceptEntry id="c7">
        <langSec xml:lang="en"><termSec><term>only English</term></termSec></langSec>
        <langSec xml:lang="de"><termSec><term>nur Deutsch</term></termSec></langSec>
      </conceptEntry>
    </body>
  </text>
</tbx>
`;

/** TBX 2 as MultiTerm and older memoQ versions write it: a DOCTYPE naming the DTD, termEntry/langSet/tig and ntig. */
const MARTIF = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE martif SYSTEM "TBXcoreStructV02.dtd">
<martif type="TBX-Basic" xml:lang="en-US">
  <martifHeader>
    <fileDesc><titleStmt><title>Rights glossary</title></titleStmt><sourceDesc><p>MultiTerm export</p></sourceDesc></fileDesc>
    <encodingDesc><p type="XCSURI">TBXBasicXCSV02.xcs</p></encodingDesc>
  </martifHeader>
  <text>
    <body>
      <termEntry id="eid-1">
        <descrip type="definition">Crimes that can only be committed using a computer.</descrip>
        <langSet xml:lang="en-US">
          <tig><term>cyber-dependent crime</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
        </langSet>
        <langSet xml:lang="es">
          <ntig>
            <termGrp><term>delito ciberdependiente</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termGrp>
          </ntig>
          <tig><term>cibercrimen puro</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig>
        </langSet>
      </termEntry>
    </body>
  </text>
</martif>
`;

describe('TBX', () => {
  it('reads a TBX v3 file as terminology tools write it', () => {
    expect(readTbx(TBX3, pair)).toEqual([
      {
        source: 'prior judicial authorization',
        target: 'autorisation judiciaire préalable',
        doNotTranslate: false,
        forbidden: ['permission du juge'],
        note: 'An order of a judge obtained before the measure.\nToujours au singulier.',
      },
      {
        source: 'prior judicial authorisation',
        target: 'autorisation judiciaire préalable',
        doNotTranslate: false,
        forbidden: ['permission du juge'],
        note: 'An order of a judge obtained before the measure.\nToujours au singulier.',
      },
      { source: 'Tor', target: null, doNotTranslate: true, forbidden: [], note: '' },
    ]);
  });

  it('reads TBX 2 (martif) with its DOCTYPE, tig and ntig', () => {
    expect(readTbx(MARTIF, { sourceLang: 'en', targetLang: 'es' })).toEqual([
      { source: 'cyber-dependent crime', target: 'delito ciberdependiente', doNotTranslate: false, forbidden: ['cibercrimen puro'], note: 'Crimes that can only be committed using a computer.' },
    ]);
  });

  it('writes TBX v3 that reads back the same', () => {
    const terms = [
      term('prior judicial authorization', 'autorisation judiciaire préalable', { forbidden: ['permission du juge', 'aval <du> juge & co'], note: 'Line one\nline "two"' }),
      term('Tor', null),
      term('=SUM(A1)', 'x'),
    ];
    const tbx = writeTbx({ ...pair, terms });
    expect(tbx).toContain('<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">');
    expect(tbx).toContain('<termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote>');
    expect(readTbx(tbx, pair)).toEqual(terms);
  });

  it.each([
    ['malformed XML', '<tbx><text><body><conceptEntry></body></text></tbx>', 'xml.malformed'],
    ['an entity declaration', '<!DOCTYPE tbx [<!ENTITY x "y">]><tbx/>', 'xml.dtd-forbidden'],
    ['a DTD internal subset', '<!DOCTYPE martif [<!ELEMENT martif ANY>]><martif/>', 'xml.dtd-forbidden'],
    ['another root', '<tmx version="1.4"><body/></tmx>', 'glossary.invalid'],
    ['a langSec without a language', '<tbx><text><body><conceptEntry><langSec><termSec><term>a</term></termSec></langSec></conceptEntry></body></text></tbx>', 'glossary.invalid'],
    ['no entries', '<tbx type="TBX-Basic"><text><body/></text></tbx>', 'input.empty'],
    ['no entry in the pair', TBX3.replace(/xml:lang="fr(-FR)?"/g, 'xml:lang="it"'), 'glossary.wrong-language'],
    ['a control character', TBX3.replace('Toujours', 'Tou&#1;jours'), 'xml.malformed'],
    ['a lone surrogate', TBX3.replace('Toujours', 'Tou\uD800jours'), 'glossary.invalid'],
    ['deep nesting', '<tbx>' + '<p>'.repeat(100) + '</p>'.repeat(100) + '</tbx>', 'xml.too-deep'],
  ])('refuses %s', (_name, text, code) => {
    expect(refusal(() => readTbx(text, pair)).code).toBe(code);
  });

  it('refuses a file larger than the limit', () => {
    expect(refusal(() => readTbx(TBX3, pair, { maxBytes: 1000 })).code).toBe('input.too-large');
  });
});

describe('CSV', () => {
  it('reads the header’s columns in any order, quoted cells, a BOM and CRLF', () => {
    const csv = '\uFEFFTranslation,Source,Forbidden variants,DNT,Notes\r\n"autorisation judiciaire préalable","prior judicial authorization","permission du juge | aval du juge",no,"Say ""préalable"",\r\nalways"\r\n,Tor,,yes,\r\n';
    expect(readGlossaryCsv(csv, pair)).toEqual([
      { source: 'prior judicial authorization', target: 'autorisation judiciaire préalable', doNotTranslate: false, forbidden: ['permission du juge', 'aval du juge'], note: 'Say "préalable",\r\nalways' },
      { source: 'Tor', target: null, doNotTranslate: true, forbidden: [], note: '' },
    ]);
  });

  it('reads semicolons as a spreadsheet in French writes them', () => {
    expect(readGlossaryCsv('source;target\npolicy;politique\n', pair)).toEqual([term('policy', 'politique')]);
  });

  it('writes cells a spreadsheet would run as formulas with an apostrophe, and reads them back the same', () => {
    const terms = [
      term('=HYPERLINK("http://evil")', '+33 1', { forbidden: ['-1'], note: '@admin' }),
      term('prior judicial authorization', 'autorisation, préalable', { note: 'two\nlines' }),
      term('Tor', null),
    ];
    const csv = writeGlossaryCsv({ ...pair, terms });
    expect(csv.split('\r\n')[0]).toBe('source,target,note,forbidden,do_not_translate');
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"")",'+33 1,'@admin,'-1,no`);
    expect(csv).not.toMatch(/(^|,)[=+\-@]/m);
    expect(readGlossaryCsv(csv, pair)).toEqual(terms);
  });

  it.each([
    ['no source column', 'term_en,term_fr\na,b\n', 'glossary.invalid'],
    ['an unclosed quote', 'source,target\n"a,b\n', 'glossary.invalid'],
    ['a row without a translation', 'source,target\npolicy,\n', 'glossary.invalid'],
    ['an unclear do-not-translate', 'source,target,do_not_translate\nTor,,perhaps\n', 'glossary.invalid'],
    ['a control character', 'source,target\npol\u0007icy,politique\n', 'glossary.invalid'],
    ['a lone surrogate', 'source,target\npolicy,polit\uDC00ique\n', 'glossary.invalid'],
    ['only a header', 'source,target\n', 'input.empty'],
    ['nothing', '\uFEFF  \n', 'input.empty'],
  ])('refuses %s, naming the line', (_name, text, code) => {
    const error = refusal(() => readGlossaryCsv(text, pair));
    expect(error.code).toBe(code);
    if (code === 'glossary.invalid') expect(error.message).toMatch(/line \d/);
  });

  it('refuses a file larger than the limit', () => {
    expect(refusal(() => readGlossaryCsv('source,target\n' + 'a,b\n'.repeat(100), pair, { maxBytes: 100 })).code).toBe('input.too-large');
  });
});

describe('the glossary formats', () => {
  it('are TBX and CSV, each reading back what it writes, and an upload is told apart by its first character', () => {
    expect(GLOSSARY_FORMATS.map((f) => f.id)).toEqual(['tbx', 'csv']);
    const terms = [term('policy', 'politique', { forbidden: ['police'] })];
    for (const format of GLOSSARY_FORMATS) {
      const text = format.write({ ...pair, terms });
      expect(detectGlossaryFormat(text)).toBe(format);
      expect(format.read(text, pair)).toEqual(terms);
    }
  });
});
