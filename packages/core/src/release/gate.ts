import { contentText } from '../model/document.ts';
import type { TranslationState } from '../model/states.ts';
import { errorsOf, runChecks, type QaFinding } from '../checks/registry.ts';
import type { LanguageUnit } from './languageUnit.ts';

/** One unit as the gate looks at it. */
export type GateUnit = LanguageUnit;

/** Why a unit keeps a language from being published. */
export interface PublicationBlocker {
  unitId: number;
  state: TranslationState;
  /** `not-approved`: no approved translation yet; `qa`: approved, but a quality check fails with an error. */
  reason: 'not-approved' | 'qa';
  /** Ids of the quality checks that fail with an error (warnings were accepted at approval). */
  checks: string[];
  /** Those errors, each with its message. */
  findings: QaFinding[];
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
 * check failing with an error on any of them (a warning was accepted, with a reason, at approval). The blockers say exactly which units stand in the way first, and
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
    const findings = errorsOf(runChecks(unit.source, unit.target, sourceLang, lang));
    if (unit.state === 'approved') approved++;
    const reason = unit.state !== 'approved' ? 'not-approved' : findings.length > 0 ? 'qa' : null;
    if (!reason) continue;
    blocked++;
    if (blockers.length < listed) {
      blockers.push({ unitId: unit.id, state: unit.state, reason, checks: findings.map((f) => f.check), findings, source: contentText(unit.source) });
    }
  }
  return { publishable: blocked === 0, translatable, approved, blocked, blockers };
}
