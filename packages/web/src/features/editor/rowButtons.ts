/**
 * The buttons of a unit's row that a keyboard shortcut stands for, marked `data-shortcut` where they
 * are drawn (approve, reject, comments, a memory match's or the machine suggestion's “Use”): a shortcut presses the same button a
 * click would, with everything the button does and checks.
 */
export type RowButton = 'approve' | 'reject' | 'comments' | 'match' | 'machine';

function rowOf(unitId: number): HTMLElement | null {
  return document.getElementById(`unit-${unitId}`);
}

/** Presses the `index`-th such button of the unit's row; false when there is none or it is disabled. */
export function pressRowButton(unitId: number, button: RowButton, index = 0): boolean {
  const found = rowOf(unitId)?.querySelectorAll<HTMLButtonElement>(`[data-shortcut="${button}"]`)[index];
  if (!found || found.disabled) return false;
  found.click();
  return true;
}

/** After a button opened something in the row (a comment form), puts the focus in its first field. */
export function focusFieldIn(unitId: number, selector: string): void {
  requestAnimationFrame(() => rowOf(unitId)?.querySelector<HTMLElement>(`${selector} textarea, ${selector} input`)?.focus());
}

/** Whether the focus is still in the unit's translation box (nothing the last press opened took it). */
export function focusStaysIn(box: HTMLTextAreaElement | undefined): boolean {
  return box !== undefined && document.activeElement === box;
}
