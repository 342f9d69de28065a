import { contentText } from '../model/document.ts';
import type { TranslationState } from '../model/states.ts';
import { runChecks } from '../checks/registry.ts';
import type { LanguageUnit } from './languageUnit.ts';

/** One unit as the gate looks at it. */
export type GateUnit = LanguageUnit;

/** Why a unit keeps a language from being published. */
export interface PublicationBlocker {
  unitId: number;
  state: TranslationState;
  /** `not-approved`: no approved translation yet; `qa`: approved, but a quality check fails. */
  reason: 'not-approved' | 'qa';
  /** Ids of the quality checks the translation fails (empty when there is no text to check). */
  checks: string[];
  /** The unit's source text, to name it in a list. */
  source: string;
}

export interface PublicationGate {
  /** True when every translatable unit is approved and no quality check fails. */
  publishable: boolean;
  /** Translatable units in force. */
  translatable: number;
  approved: number;
  /** How many units block publication, every one counted. */
  blocked: number;
  /** The first units that block publication, in reading order: at most `GATE_LISTED`, the others only counted. */
  blockers: PublicationBlocker[];
}

/** How many blocking units the gate names: enough to start on, never thousands of lines. */
export const GATE_LISTED = 20;

/**
 * Whether a language may be published as it is: every translatable unit approved, and no quality
 * check failing on any of them. The blockers say exactly which units stand in the way first, and
 * why; `blocked` counts them all.
 */
export function publicationGate(units: readonly GateUnit[], sourceLang: string, lang: string, listed = GATE_LISTED): PublicationGate {
  const blockers: PublicationBlocker[] = [];
  let translatable = 0;
  let approved = 0;
  let blocked = 0;
  for (const unit of units) {
    if (!unit.translate) continue;
    translatable++;
    const checks = runChecks(unit.source, unit.target, sourceLang, lang).map((finding) => finding.check);
    if (unit.state === 'approved') approved++;
    const reason = unit.state !== 'approved' ? 'not-approved' : checks.length > 0 ? 'qa' : null;
    if (!reason) continue;
    blocked++;
    if (blockers.length < listed) blockers.push({ unitId: unit.id, state: unit.state, reason, checks, source: contentText(unit.source) });
  }
  return { publishable: blocked === 0, translatable, approved, blocked, blockers };
}
