/** The XLIFF validator of `tessera xliff check`: the XLIFF 2 schema and its specification's rules, and XLIFF 1.2's. */
export { checkXliff, XLIFF_CHECK_RULES, type XliffCheckReport, type XliffCheckError, type CheckXliffOptions } from './check.ts';
