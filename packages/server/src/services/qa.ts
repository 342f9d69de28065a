import { contentText, errorsOf, unapprovedMachineOutput, warningsOf, type Content, type GlossaryTerm, type QaFinding } from '@tessera/core';
import type { Db } from '../db/connection.ts';
import type { ProjectRow } from '../repositories/projects.ts';
import { approvedBySource } from '../repositories/unitExtras.ts';
import { ServiceError } from './errors.ts';
import { unitTermsOf } from './glossary.ts';

/**
 * For each unit, the other approved translations of its identical source in `lang` (what the
 * `inconsistent` check compares with): one query for all of them.
 */
async function sameSources(db: Db, projectId: number, lang: string, units: readonly { id: number; source: Content }[]): Promise<Map<number, string[]>> {
  const keys = new Map(units.map((u) => [u.id, JSON.stringify(u.source)]));
  const approved = await approvedBySource(db, projectId, lang, [...keys.values()]);
  const result = new Map<number, string[]>();
  for (const [unitId, key] of keys) {
    const others = (approved.get(key) ?? []).filter((other) => other.unitId !== unitId).map((other) => contentText(other.target));
    if (others.length) result.set(unitId, others);
  }
  return result;
}

/** What the checks of a unit's translation compare it with: other approved translations of its source, and the glossary terms in it. */
export interface CheckContext {
  sameSource: string[];
  terms: GlossaryTerm[];
  /** The engine whose output the translation is, until a person edits it or a reviewer approves it. */
  machine: string | null;
}

/** The check context of each of these units in `lang`: two reads for all of them (the approved translations of their sources, the language's glossary). */
export async function checkContexts(db: Db, project: ProjectRow, lang: string, units: readonly { id: number; source: Content; translate: boolean }[]): Promise<(unit: { id: number; source: Content; machine: string | null; state: string }) => CheckContext> {
  const [same, termsOf] = await Promise.all([
    sameSources(db, project.id, lang, units.filter((unit) => unit.translate)),
    unitTermsOf(db, { projectId: project.id, sourceLang: project.sourceLang, targetLang: lang }),
  ]);
  return (unit) => ({ sameSource: same.get(unit.id) ?? [], terms: termsOf(unit.source), machine: unapprovedMachineOutput(unit) });
}

const idsOf = (findings: readonly QaFinding[]) => findings.map((f) => f.check);

/**
 * What an approval of a translation with these findings accepts: refused with the errors (422
 * `review.qa-errors`), or without a reason when there are warnings (422 `review.reason-required`);
 * otherwise the warnings it overrides.
 */
export function overriddenBy(findings: readonly QaFinding[], reason: string | undefined): string[] {
  const errors = errorsOf(findings);
  if (errors.length) {
    throw new ServiceError(422, 'review.qa-errors', `The quality checks found errors no approval can override (${idsOf(errors).join(', ')}): correct the translation first.`, {
      checks: idsOf(errors),
      findings: errors,
    });
  }
  const warnings = warningsOf(findings);
  if (warnings.length && !reason) {
    throw new ServiceError(422, 'review.reason-required', `The quality checks warn about this translation (${idsOf(warnings).join(', ')}): say why it is right as it is to approve it.`, {
      checks: idsOf(warnings),
      findings: warnings,
    });
  }
  return idsOf(warnings);
}
