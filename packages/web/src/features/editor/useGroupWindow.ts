import { useCallback, useEffect, useRef, useState } from 'react';
import type { UnitGroup } from './blocks.ts';

/** From this many units on, the editor draws only the groups near the screen (the others keep their place, empty). */
export const WINDOWED_FROM = 300;
/** How far above and below the screen groups are drawn (px). */
const MARGIN = 1200;
/** Groups drawn before the first look at the screen (a screenful and more). */
const FIRST_GROUPS = 12;
/** A unit's height before its group was ever drawn. */
const ESTIMATED_UNIT_HEIGHT = 120;

export interface GroupWindow {
  /** Whether the group is drawn; otherwise an empty stand-in of its height holds its place. */
  drawn: (key: string) => boolean;
  /** The ref of a group's element (drawn or stand-in), so that the window knows where it is. */
  observe: (key: string) => (element: HTMLElement | null) => void;
  /** The height a stand-in gives a group: as last drawn, or as estimated from its units. */
  height: (group: UnitGroup) => number;
}

/**
 * Which groups of units are drawn: with fewer than `WINDOWED_FROM` units, all of them; with more,
 * the first and those within a screen or so of what is shown, plus the `pinned` ones (the unit being
 * edited, the one a link or a shortcut goes to). A group keeps the height it was drawn with when it is put away, so
 * the page neither jumps nor changes length as one scrolls.
 */
export function useGroupWindow(groups: readonly UnitGroup[], unitCount: number, pinned: ReadonlySet<string>): GroupWindow {
  const windowed = unitCount >= WINDOWED_FROM;
  const [near, setNear] = useState<ReadonlySet<string>>(() => new Set(groups.slice(0, FIRST_GROUPS).map((group) => group.key)));
  const heights = useRef(new Map<string, number>());
  const elements = useRef(new Map<string, HTMLElement>());
  const refs = useRef(new Map<string, (element: HTMLElement | null) => void>());

  // Which groups are within a screen or so of the one shown: looked at after each scroll or resize
  // (once a frame at most) and when groups come or go.
  useEffect(() => {
    if (!windowed) return;
    let frame = 0;
    const look = () => {
      frame = 0;
      const top = -MARGIN;
      const bottom = window.innerHeight + MARGIN;
      setNear((current) => {
        const next = new Set<string>();
        for (const [key, element] of elements.current) {
          const box = element.getBoundingClientRect();
          if (box.bottom >= top && box.top <= bottom) next.add(key);
          // Put away: its stand-in keeps the height it had.
          else if (current.has(key)) heights.current.set(key, box.height);
        }
        return next.size === current.size && [...next].every((key) => current.has(key)) ? current : next;
      });
    };
    const soon = () => {
      if (frame === 0) frame = requestAnimationFrame(look);
    };
    look();
    window.addEventListener('scroll', soon, { passive: true });
    window.addEventListener('resize', soon);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', soon);
      window.removeEventListener('resize', soon);
    };
  }, [windowed, groups]);

  const observe = useCallback((key: string) => {
    let ref = refs.current.get(key);
    if (!ref) {
      ref = (element: HTMLElement | null) => {
        if (element) elements.current.set(key, element);
        else elements.current.delete(key);
      };
      refs.current.set(key, ref);
    }
    return ref;
  }, []);

  // The first group is always drawn: reading, the skip link and the keyboard start there.
  const first = groups[0]?.key;
  const drawn = useCallback((key: string) => !windowed || near.has(key) || pinned.has(key) || key === first, [windowed, near, pinned, first]);
  const height = useCallback((group: UnitGroup) => heights.current.get(group.key) ?? group.units.length * ESTIMATED_UNIT_HEIGHT, []);
  return { drawn, observe, height };
}
