import type { ReactNode } from 'react';

/**
 * A table that may be wider than a phone's screen scrolls sideways inside this box, not the page;
 * the box takes the keyboard's focus so that it can be scrolled without a mouse. (It is not a named
 * region of its own: the section around it already is.)
 */
export function TableScroll({ children }: { children: ReactNode }) {
  return (
    <div className="table-scroll" tabIndex={0}>
      {children}
    </div>
  );
}
