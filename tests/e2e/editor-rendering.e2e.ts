import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { appInChromium, openJapaneseEditor } from './app.ts';

const { signIn } = appInChromium();

declare global {
  interface Window {
    /** The unit ids whose row React rendered since the last call. */
    takeRenderedRows?: () => string[];
  }
}

/**
 * Watches React's commits the way the browser's developer tools do (the hook React looks for when it starts):
 * a unit's row that rendered again gets a new fiber for its `<tr>`; one that was skipped keeps the old fiber.
 */
function watchRowRenders() {
  type Fiber = { tag: number; stateNode: unknown; child: Fiber | null; sibling: Fiber | null };
  const rendered = new Set<string>();
  let fibers = new Map<HTMLElement, Fiber>();
  window.takeRenderedRows = () => {
    const ids = [...rendered];
    rendered.clear();
    return ids;
  };
  Object.assign(window, {
    __REACT_DEVTOOLS_GLOBAL_HOOK__: {
      isDisabled: false,
      supportsFiber: true,
      renderers: new Map(),
      inject: () => 1,
      checkDCE: () => {},
      onCommitFiberUnmount: () => {},
      onPostCommitFiberRoot: () => {},
      onCommitFiberRoot(_renderer: number, root: { current: Fiber }) {
        const now = new Map<HTMLElement, Fiber>();
        const stack: Fiber[] = [root.current];
        while (stack.length > 0) {
          const fiber = stack.pop()!;
          const node = fiber.stateNode;
          if (fiber.sibling) stack.push(fiber.sibling);
          if (node instanceof HTMLTableRowElement && node.dataset.unitId) {
            now.set(node, fiber);
            if (fibers.get(node) !== fiber) rendered.add(node.dataset.unitId);
          } else if (fiber.child) {
            stack.push(fiber.child);
          }
        }
        fibers = now;
      },
    },
  });
}

const renderedRows = (page: Page) => page.evaluate(() => window.takeRenderedRows?.() ?? null);

describe('typing in the editor', () => {
  it('renders the row typed in and no other, for a translator and for a coordinator with the source tools', async () => {
    for (const role of ['translator', 'coordinator'] as const) {
      const page = await signIn(role);
      await page.addInitScript(watchRowRenders);
      await page.reload();
      await openJapaneseEditor(page);
      const rows = page.locator('tr[data-unit-id]');
      expect(await rows.count()).toBeGreaterThan(5);

      const row = rows.filter({ has: page.getByLabel(/^Translation of /) }).nth(2);
      const id = await row.getAttribute('data-unit-id');
      const box = row.getByLabel(/^Translation of /);
      await box.focus();
      // Focus makes this row the active one (the one that was active before renders too): wait for it to settle.
      await expect.poll(() => renderedRows(page)).toEqual([]);

      await box.press('End');
      await page.keyboard.type(' abc', { delay: 20 });
      await expect.poll(() => row.getAttribute('data-dirty')).toBe('true');
      expect(await renderedRows(page)).toEqual([id]);
      await page.getByText('1 unsaved edit', { exact: true }).waitFor();
      await page.context().close();
    }
  });
});
