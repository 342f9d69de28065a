import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath, URL } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writeXliff12, writeXliff20 } from '../xliff/index.ts';
import { checkXliff, XLIFF_CHECK_RULES } from './index.ts';
import { randomXliffDocument } from '../xliff/randomDocuments.test-data.ts';

const suite = fileURLToPath(new URL('../../../../../shared/conformance/xliff2-test-suite/', import.meta.url));
const read = (path: string): string => readFileSync(suite + path, 'utf8');
const list = (folder: string): string[] => readdirSync(suite + folder).filter((f) => f.endsWith('.xlf')).sort();

/** The suite's extra-prefixes.properties (namespace=prefix): extension prefixes a harness may register. */
const extraPrefixes: Record<string, string> = {};
for (const line of read('core/valid/extra-prefixes.properties').split('\n')) {
  const at = line.lastIndexOf('=');
  if (at > 0) extraPrefixes[line.slice(at + 1).trim()] = line.slice(0, at).replace(/\\:/g, ':').trim();
}

/** Why each invalid file of the suite is invalid: the rule our report must name. */
const expectedRules: Record<string, string> = {
  'core/invalid/bad_CommentWithValueAndRef.xlf': 'annotation.comment',
  'core/invalid/bad_ConfusedIsolatedOnEc.xlf': 'code.ec-isolated',
  'core/invalid/bad_CopyOfWithBadReference.xlf': 'code.copy-of',
  'core/invalid/bad_CopyOfWithNoCopyReference.xlf': 'code.copy-of',
  'core/invalid/bad_CopyOfWithOriginalData.xlf': 'code.copy-of',
  'core/invalid/bad_DataIdNotUnique.xlf': 'id.data',
  'core/invalid/bad_DataRefWithoutOriginalData.xlf': 'code.data-ref',
  'core/invalid/bad_DifferentCanCopyInScAndEc.xlf': 'code.sc-ec',
  'core/invalid/bad_DifferentCanDeleteInScAndEc.xlf': 'code.sc-ec',
  'core/invalid/bad_DifferentCanOverlapInScAndEc.xlf': 'code.sc-ec',
  'core/invalid/bad_DifferentCanReorderInScAndEc.xlf': 'code.sc-ec',
  'core/invalid/bad_DifferentXmlSpace.xlf': 'xml-space.target',
  'core/invalid/bad_DuplicateExtElemIdsInFile.xlf': 'id.extension',
  'core/invalid/bad_DuplicateExtElemIdsInGroup.xlf': 'id.extension',
  'core/invalid/bad_DuplicateExtElemIdsInUnit.xlf': 'id.extension',
  'core/invalid/bad_DuplicateNoteIdsInFile.xlf': 'id.note',
  'core/invalid/bad_DuplicateNoteIdsInGroup.xlf': 'id.note',
  'core/invalid/bad_DuplicateNoteIdsInUnit.xlf': 'id.note',
  'core/invalid/bad_EcBeforeSc.xlf': 'code.ec-start',
  'core/invalid/bad_EmBeforeSm.xlf': 'marker.em',
  'core/invalid/bad_EmptySkeletonWithoutHref.xlf': 'skeleton.href',
  'core/invalid/bad_FileIdNotUnique.xlf': 'id.file',
  'core/invalid/bad_GroupIdNotUnique.xlf': 'id.group',
  'core/invalid/bad_GroupWithoutId.xlf': 'schema.attribute',
  'core/invalid/bad_IgnorableIdNotUnique.xlf': 'id.unit-part',
  'core/invalid/bad_IgnorableWithoutSource.xlf': 'schema.element',
  'core/invalid/bad_InvalidCommentAnnotation1.xlf': 'annotation.comment',
  'core/invalid/bad_InvalidCommentAnnotation2.xlf': 'fragid.resolve',
  'core/invalid/bad_InvalidCommentAnnotation3.xlf': 'annotation.comment',
  'core/invalid/bad_InvalidCommentAnnotation4.xlf': 'annotation.comment',
  'core/invalid/bad_InvalidDataRef.xlf': 'code.data-ref',
  'core/invalid/bad_InvalidDataRefEnd.xlf': 'code.data-ref',
  'core/invalid/bad_InvalidDataRefStart.xlf': 'code.data-ref',
  'core/invalid/bad_InvalidDirAttributeOnSource.xlf': 'schema.attribute',
  'core/invalid/bad_InvalidExtensionAttributeOnPc.xlf': 'schema.attribute',
  'core/invalid/bad_InvalidExtensionAttributeOnSegment.xlf': 'schema.attribute',
  'core/invalid/bad_InvalidExtensionAttributeOnSource.xlf': 'schema.attribute',
  'core/invalid/bad_InvalidExtensionAttributeOnTarget.xlf': 'schema.attribute',
  'core/invalid/bad_InvalidExtensionElementInData.xlf': 'schema.element',
  'core/invalid/bad_InvalidExtensionElementInFile.xlf': 'schema.element',
  'core/invalid/bad_InvalidExtensionElementInOriginalData.xlf': 'schema.element',
  'core/invalid/bad_InvalidExtensionElementInSegment.xlf': 'schema.element',
  'core/invalid/bad_InvalidExtensionElementOutsideFile.xlf': 'schema.element',
  'core/invalid/bad_InvalidFSAttribute.xlf': 'schema.attribute',
  'core/invalid/bad_InvalidFSAttributeOnEc.xlf': 'fs.ec',
  'core/invalid/bad_InvalidFSAttributeValue.xlf': 'schema.value',
  'core/invalid/bad_InvalidFragIdBadOrder.xlf': 'fragid.order',
  'core/invalid/bad_InvalidFragIdDuplicatedPrefix.xlf': 'fragid.syntax',
  'core/invalid/bad_InvalidFragIdMissplacedLeaf.xlf': 'fragid.order',
  'core/invalid/bad_InvalidFragIdNoSingleLeaf.xlf': 'fragid.order',
  'core/invalid/bad_InvalidFragIdPrefixNotNmtoken.xlf': 'fragid.syntax',
  'core/invalid/bad_InvalidFragIdPrefixTooShort.xlf': 'fragid.prefix',
  'core/invalid/bad_InvalidFragIdSyntax.xlf': 'fragid.order',
  'core/invalid/bad_InvalidFragIdUnknownPrefix.xlf': 'fragid.prefix',
  'core/invalid/bad_InvalidHexRangeOnCp.xlf': 'cp.hex',
  'core/invalid/bad_InvalidHexValueOnCp.xlf': 'schema.value',
  'core/invalid/bad_InvalidId1.xlf': 'schema.value',
  'core/invalid/bad_InvalidId2.xlf': 'schema.value',
  'core/invalid/bad_InvalidId3.xlf': 'schema.value',
  'core/invalid/bad_InvalidIsolatedOnEc.xlf': 'code.ec-isolated',
  'core/invalid/bad_InvalidIsolatedOnSc.xlf': 'code.sc-isolated',
  'core/invalid/bad_InvalidLoneEm.xlf': 'marker.em',
  'core/invalid/bad_InvalidLoneSm.xlf': 'marker.sm',
  'core/invalid/bad_InvalidNoteRefInUnit.xlf': 'annotation.comment',
  'core/invalid/bad_InvalidNotesInFile.xlf': 'schema.element',
  'core/invalid/bad_InvalidNotesInGroup.xlf': 'schema.element',
  'core/invalid/bad_InvalidNotesInUnit.xlf': 'schema.element',
  'core/invalid/bad_InvalidStateValue.xlf': 'schema.value',
  'core/invalid/bad_InvalidTranslateInSegment.xlf': 'schema.attribute',
  'core/invalid/bad_InvalidTypeSubTypeValues.xlf': 'code.sub-type',
  'core/invalid/bad_InvalidTypeValue.xlf': 'schema.value',
  'core/invalid/bad_InvalidValidation.xlf': 'schema.element',
  'core/invalid/bad_InvalidXmlLangInheritedFromFile.xlf': 'lang.source',
  'core/invalid/bad_InvalidXmlLangInheritedFromGroup.xlf': 'lang.source',
  'core/invalid/bad_InvalidXmlLangInheritedFromUnit.xlf': 'lang.source',
  'core/invalid/bad_InvalidXmlLangOnFile.xlf': 'lang.source',
  'core/invalid/bad_InvalidXmlLangOnGroup.xlf': 'lang.source',
  'core/invalid/bad_InvalidXmlLangOnUnit.xlf': 'lang.source',
  'core/invalid/bad_IsolatedEcWithId.xlf': 'code.ec-isolated',
  'core/invalid/bad_MissingIsolatedOnEc.xlf': 'code.ec-isolated',
  'core/invalid/bad_MissingIsolatedOnSc.xlf': 'code.sc-isolated',
  'core/invalid/bad_MissingNonRemovable1.xlf': 'code.can-delete',
  'core/invalid/bad_MissingNonRemovable2.xlf': 'code.can-delete',
  'core/invalid/bad_MissingReorderFirstNo.xlf': 'code.reorder-sequence',
  'core/invalid/bad_NoFile.xlf': 'schema.element',
  'core/invalid/bad_NoTrgLang.xlf': 'trgLang.required',
  'core/invalid/bad_NoTrgLangWithIgnorable.xlf': 'trgLang.required',
  'core/invalid/bad_NoUnitOrGroupInFile.xlf': 'schema.element',
  'core/invalid/bad_NonEmptySkeletonWithHref.xlf': 'skeleton.href',
  'core/invalid/bad_NonIsolatedEcWithoutStartRef.xlf': 'code.ec-isolated',
  'core/invalid/bad_NotesWithoutNote.xlf': 'schema.element',
  'core/invalid/bad_OrderNotUnique1.xlf': 'order.unique',
  'core/invalid/bad_OrderNotUnique2.xlf': 'order.unique',
  'core/invalid/bad_OriginalDataWithoutData.xlf': 'schema.element',
  'core/invalid/bad_PartIdNotUnique.xlf': 'id.unit-part',
  'core/invalid/bad_RefAndValueInComment.xlf': 'annotation.comment',
  'core/invalid/bad_SegmentIdNotUnique.xlf': 'id.unit-part',
  'core/invalid/bad_SegmentWithoutSource.xlf': 'schema.element',
  'core/invalid/bad_SrcLangNotWellFormed.xlf': 'schema.value',
  'core/invalid/bad_SubFlowWithInvalidReference.xlf': 'code.sub-flows',
  'core/invalid/bad_SubFlowWithInvalidValue.xlf': 'schema.value',
  'core/invalid/bad_SubStateWithoutState.xlf': 'state.sub-state',
  'core/invalid/bad_SubTypeWithoutType.xlf': 'code.sub-type',
  'core/invalid/bad_TrgLangNotWellFormed.xlf': 'schema.value',
  'core/invalid/bad_TwoSourceInUnit.xlf': 'schema.element',
  'core/invalid/bad_UnitWithoutSegment.xlf': 'unit.segment',
  'core/invalid/bad_UnknownDataRefEndValue.xlf': 'code.data-ref',
  'core/invalid/bad_UnknownDataRefStartValue.xlf': 'code.data-ref',
  'core/invalid/bad_UnknownDataRefValue.xlf': 'code.data-ref',
  'core/invalid/bad_WrongLangOnTarget.xlf': 'lang.target',
  'core/invalid/bad_WrongReordering1.xlf': 'code.reorder-target',
  'core/invalid/bad_WrongReordering2.xlf': 'code.reorder-target',
  'core/invalid/bad_WrongSourceLang.xlf': 'lang.source',
  'core/invalid/bad_WrongTargetLang.xlf': 'lang.target',
  'core/invalid/bad_XmlLangNotWellFormed.xlf': 'schema.value',
  'core/invalid/bad_YesCanReorderInEcForFirstNoInSc.xlf': 'code.sc-ec',
  'core/invalid/bad_canReorderContext1.xlf': 'code.can-reorder',
  'core/invalid/bad_canReorderContext2.xlf': 'code.can-reorder',
  'core/invalid/bad_canReorderContext3.xlf': 'code.can-reorder',
  'modules/invalid/Bad-ctr-property-not-legit-category.xlf': 'ctr.property',
  'modules/invalid/Bad-ctr_appliesTo-not-using-ref-to-resolvableID.xlf': 'ctr.ref',
  'modules/invalid/Bad-ctr_property-not-content-or-valid-attribute-ref.xlf': 'ctr.property',
  'modules/invalid/Bad-ctr_ref-not-pointed-to-resolvableID.xlf': 'ctr.ref',
  'modules/invalid/Bad-ctr_revisions-not-using-ref-to-resolvableID.xlf': 'ctr.ref',
  'modules/invalid/Bad-fs_fs-not-valid-HTML.xlf': 'schema.value',
  'modules/invalid/Bad-fs_subFs-not-allowed-w-o-fs.xlf': 'fs.sub-fs',
  'modules/invalid/Bad-gls_glossEntry-and-translation-not-unique-in-glossary.xlf': 'gls.id',
  'modules/invalid/Bad-gls_glossEntry-w-o-translation-or-definition.xlf': 'gls.entry',
  'modules/invalid/Bad-gls_invalid-extension.xlf': 'schema.text',
  'modules/invalid/Bad-mda_meta-missing-type.xlf': 'schema.attribute',
  'modules/invalid/Bad-mda_meta-missplaced-appliesTo.xlf': 'schema.attribute',
  'modules/invalid/Bad-mda_metaGroup-id-not-nmtoken.xlf': 'schema.value',
  'modules/invalid/Bad-mda_metaGroup-id-not-unique.xlf': 'mda.id',
  'modules/invalid/Bad-mda_metaGroup-invalid-appliesTo.xlf': 'schema.value',
  'modules/invalid/Bad-mda_metadata-id-not-nmtoken.xlf': 'schema.value',
  'modules/invalid/Bad-mda_missing-metaGroup.xlf': 'schema.element',
  'modules/invalid/Bad-mtc_id-not-nmtoken.xlf': 'schema.value',
  'modules/invalid/Bad-mtc_match-ID-not-unique.xlf': 'mtc.id',
  'modules/invalid/Bad-mtc_match-has-xml_lang.xlf': 'mtc.lang',
  'modules/invalid/Bad-mtc_subType-w-o-type-match.xlf': 'mtc.sub-type',
  'modules/invalid/Bad-mtc_type-value-not-in-list.xlf': 'schema.value',
  'modules/invalid/Bad-mtc_wrong-ref-syntax.xlf': 'mtc.ref',
  'modules/invalid/Bad-mtc_wrong-ref-value.xlf': 'mtc.ref',
  'modules/invalid/Bad-res_resourceItem-not-unique.xlf': 'res.id',
  'modules/invalid/Bad-res_resourceItemRef-not-unique.xlf': 'res.id',
  'modules/invalid/Bad-res_source-has-content-and-href.xlf': 'res.href',
  'modules/invalid/Bad-res_source-xml_lang-not-same-as-xliff.xlf': 'res.lang',
  'modules/invalid/Bad-slr_equivStorage-ec-not-isolated.xlf': 'slr.ec',
  'modules/invalid/Bad-slr_equivStorage-not-integer.xlf': 'slr.integer',
  'modules/invalid/Bad-slr_sizeInfo-ec-not-isolated.xlf': 'slr.ec',
  'modules/invalid/Bad-slr_sizeInfo-not-integer.xlf': 'slr.integer',
  'modules/invalid/Bad-slr_sizeInfo-with-sizeInfoRef.xlf': 'slr.size-info',
  'modules/invalid/Bad-slr_sizeInfoRef-ec-not-isolated.xlf': 'slr.ec',
  'modules/invalid/Bad-slr_sizeInfoRef-has-no-data-sib.xlf': 'slr.size-info',
  'modules/invalid/Bad-slr_sizeInfoRef-with-sizeInfo.xlf': 'slr.size-info',
  'modules/invalid/Bad-slr_sizeRestriction-patterns.xlf': 'slr.restriction',
  'modules/invalid/Bad-slr_storageRestriction-patterns.xlf': 'slr.restriction',
  'modules/invalid/Bad-val_ExactlyOneAttributeOnRule.xlf': 'val.rule',
  'modules/invalid/Bad-val_existsInSourcePatternOnRule.xlf': 'val.exists-in-source',
  'modules/invalid/Bad-val_invalid-caseSensitive.xlf': 'schema.value',
  'modules/invalid/Bad-val_invalid-normalization.xlf': 'schema.value',
  'modules/invalid/Bad-val_invalid-occurs.xlf': 'schema.value',
};

const valid = [...list('core/valid').map((f) => `core/valid/${f}`), ...list('modules/valid').map((f) => `modules/valid/${f}`)];
const invalid = [...list('core/invalid').map((f) => `core/invalid/${f}`), ...list('modules/invalid').map((f) => `modules/invalid/${f}`)];

describe('the OASIS XLIFF 2.1 test suite', () => {
  it('has the files this test expects (59 valid, 162 invalid, a rule for each invalid one)', () => {
    expect([valid.length, invalid.length]).toEqual([59, 162]);
    expect(Object.keys(expectedRules).sort()).toEqual([...invalid].sort());
  });

  it('accepts every valid file and rejects every invalid one, as a user runs the checker (no extra prefixes)', () => {
    const accepted = valid.filter((path) => checkXliff(read(path)).valid);
    const rejected = invalid.filter((path) => !checkXliff(read(path)).valid);
    expect(`${accepted.length}/${valid.length} valid accepted, ${rejected.length}/${invalid.length} invalid rejected`).toBe('59/59 valid accepted, 162/162 invalid rejected');
  });

  it.each(valid)('accepts %s', (path) => {
    const report = checkXliff(read(path));
    expect(report.errors).toEqual([]);
    expect(report.valid).toBe(true);
    expect(report.version).toMatch(/^2\.[01]$/);
  });

  it.each(invalid)('rejects %s, naming the rule and the line', (path) => {
    const report = checkXliff(read(path));
    expect(report.valid).toBe(false);
    for (const error of report.errors) {
      expect(error.rule).toMatch(/^[a-zA-Z-]+\.[a-zA-Z.-]+$/);
      expect(error.line).toBeGreaterThan(0);
      expect(error.message.length).toBeGreaterThan(10);
    }
    expect(report.errors.map((e) => e.rule)).toContain(expectedRules[path]);
    for (const error of report.errors) expect(Object.keys(XLIFF_CHECK_RULES)).toContain(error.rule);
  });

  it('knows the tbx prefix TBX defines, for TBX elements only', () => {
    const tbx = read('core/valid/withTBXExtension.xlf');
    expect(checkXliff(tbx).errors).toEqual([]);
    const otherNamespace = checkXliff(tbx.replace('xmlns="urn:iso:std:iso:30042:ed-1:v1:en"', 'xmlns="urn:example:not-tbx"'));
    expect(otherNamespace.errors.map((e) => [e.rule, e.line])).toEqual([['fragid.resolve', 57]]);
    const otherId = checkXliff(tbx.replace('tbx=tbx44', 'tbx=tbx45'));
    expect(otherId.errors.map((e) => e.rule)).toEqual(['fragid.resolve']);
  });

  it('takes the extension prefixes a caller registers: with the suite\'s my → myNS, the unknown-prefix file has nothing else wrong', () => {
    const file = read('core/invalid/bad_InvalidFragIdUnknownPrefix.xlf');
    expect(checkXliff(file).errors.map((e) => e.rule)).toEqual(['fragid.prefix']);
    expect(extraPrefixes.my).toBe('myNS');
    expect(checkXliff(file, { fragmentPrefixes: extraPrefixes }).errors).toEqual([]);
  });

  it('counts units, segments, states, inline codes and notes', () => {
    expect(checkXliff(read('core/valid/everything-core.xlf'))).toMatchObject({
      valid: true,
      version: '2.0',
      units: 4,
      segments: 5,
      states: { translated: 1, initial: 4 },
      inlineCodes: 2,
      notes: 2,
    });
  });
});

describe('checkXliff on XLIFF 1.2 files from real tools', () => {
  const sample = (path: string): string => readFileSync(new URL(`../../../../../shared/conformance/samples/xliff/${path}`, import.meta.url), 'utf8');

  it.each([
    ['xcode/mastoot-xcode14-fr.xliff', { units: 145, segments: 145, states: { translated: 145 }, inlineCodes: 0, notes: 145 }],
    ['xcode/ketchup-xcode15.3-ja.xliff', { units: 1025, states: { translated: 1024, 'needs-review-l10n': 1 } }],
    ['angular/angular15-extract-i18n-messages.xlf', { units: 9, inlineCodes: 5, states: { 'no-target': 9 } }],
    ['crowdin/messages.he.xlf', { units: 9, states: { final: 1, approved: 1, translated: 2, 'needs-translation': 6 } }],
    ['okapi/RB-12-Test02.xlf', { units: 9, segments: 11 }],
    ['okapi/docxtest.docx.xlf', { units: 20, inlineCodes: 34 }],
    ['trados/simpleTest15984.sdlxliff', { units: 37 }],
    ['memoq/MQ-12-Test01.xlf', { units: 119, inlineCodes: 205 }],
    ['maxprograms/SF-12-Test02.xlf', { units: 98 }],
    ['omegat/file-xliff-RFE1506.xliff', { units: 5 }],
    ['symfony/resources-target-attributes.xlf', { units: 1, states: { 'needs-translation': 1 } }],
    ['translate-toolkit/po2xliff-output.xlf', { version: '1.1', units: 7, notes: 2 }],
  ])('%s is valid, with its counts', (path, counts) => {
    const report = checkXliff(sample(path));
    expect(report.errors).toEqual([]);
    expect(report).toMatchObject({ valid: true, version: '1.2', ...counts });
  });
});

describe('checkXliff reports broken and hostile input instead of throwing', () => {
  it.each([
    ['an empty file', '', 'input.empty', 0],
    ['broken XML', '<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0">\n<file id="f">\n</xliff>', 'xml.malformed', 3],
    ['a DTD', '<?xml version="1.0"?>\n<!DOCTYPE xliff [<!ENTITY a "b">]>\n<xliff/>', 'xml.dtd-forbidden', 2],
    ['another vocabulary', '<html>\n</html>', 'xliff.version', 1],
    ['an unknown XLIFF namespace', '<xliff version="3.0" xmlns="urn:example:xliff:3"/>', 'xliff.version', 1],
  ])('%s', (_, xml, rule, line) => {
    const report = checkXliff(xml);
    expect(report.valid).toBe(false);
    expect(report.errors[0]).toMatchObject({ rule, line });
  });

  it('finds 1.2 problems: duplicate ids, missing source, unknown state, unpaired bpt', () => {
    const report = checkXliff(`<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
<file original="o" source-language="en" datatype="plaintext"><body>
<trans-unit id="1"><source>a<bpt id="1"/>b</source><target state="done">c</target></trans-unit>
<trans-unit id="1"><target>d</target></trans-unit>
</body></file></xliff>`);
    expect(report.errors.map((e) => [e.rule, e.line])).toEqual([
      ['code.bpt', 3],
      ['schema.value', 3],
      ['id.unit', 4],
      ['schema.element', 4],
    ]);
    expect(report.errors[0]?.column).toBe(29);
  });
});

describe('what our writers export passes the checker', () => {
  it('for random documents, in both versions', () => {
    fc.assert(
      fc.property(randomXliffDocument, (doc) => {
        expect(checkXliff(writeXliff20(doc)).errors).toEqual([]);
        expect(checkXliff(writeXliff12(doc)).errors).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
