export type { LanguageUnit } from './languageUnit.ts';
export { GATE_LISTED, publicationGate, type GateUnit, type PublicationBlocker, type PublicationGate } from './gate.ts';
export { publishedUnits, diffPublishedUnits, type PublishedUnit, type PublishedUnits, type PublishedUnitInput, type UnitChange } from './snapshotDiff.ts';
export { isReleased } from './embargo.ts';
export { containsEmailAddress, creditLines, type CreditChoice } from './credits.ts';
export { languageAutonym } from './languageNames.ts';
export { bundleIndexHtml, bundleManifest, bundlePath, zipBundle, type BundleFile, type BundleIndexStrings, type BundleLanguage, type BundleManifest } from './bundle.ts';
