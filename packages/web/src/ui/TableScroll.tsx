import type { ReactNode } from 'react';

/**
 * A table that may be wider than a phone's screen scrolls sideways inside this region, not the page;
 * the region takes the keyboard's focus so that it can be scrolled without a mouse, and is named by
 * the heading `labelledBy`.
 */
export function TableScroll({ labelledBy, children }: { labelledBy: string; children: ReactNode }) {
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-labelledby={labelledBy}>
      {children}
    </div>
  );
}
