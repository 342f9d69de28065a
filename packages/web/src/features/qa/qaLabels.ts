/**
 * The quality checks the server runs, by id, mapped to the UI catalogue's names for them. A check
 * this page does not know yet is shown by the server's own message alone.
 */
export const QA_CHECKS = [
  'inline-codes',
  'numbers',
  'urls',
  'end-punctuation',
  'same-as-source',
  'edge-whitespace',
  'double-space',
  'bidi-controls',
] as const;

export type QaCheck = (typeof QA_CHECKS)[number];

export function isKnownCheck(check: string): check is QaCheck {
  return (QA_CHECKS as readonly string[]).includes(check);
}

export interface QaLine {
  check: string;
  /** The catalogue key of the check's name and advice (`qa.checks.<id>`), or null for an unknown check. */
  key: `qa.checks.${QaCheck}` | null;
  /** What the server said (English): shown as the detail, or alone for an unknown check. */
  detail: string;
}

/** The lines to show for a translation's findings, in the order the server gave them, one per check. */
export function qaLines(findings: readonly { check: string; message: string }[]): QaLine[] {
  const seen = new Set<string>();
  const lines: QaLine[] = [];
  for (const { check, message } of findings) {
    if (seen.has(check)) continue;
    seen.add(check);
    lines.push({ check, key: isKnownCheck(check) ? `qa.checks.${check}` : null, detail: message });
  }
  return lines;
}
