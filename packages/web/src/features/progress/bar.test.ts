import { describe, expect, it } from 'vitest';
import { share, stack } from './bar.ts';

describe('progress bar widths', () => {
  it('stacks translated, to-review and rejected units in the room approved ones leave', () => {
    expect(stack(10, [3, 2, 1])).toEqual([3, 2, 1]);
    // Figures that moved on the page may add up to more than the room: the bar never overflows.
    expect(stack(4, [3, 2, 1])).toEqual([3, 1, 0]);
    expect(stack(-1, [1])).toEqual([0]);
  });

  it('gives each part its share of the total', () => {
    expect(share(1, 4)).toBe('25%');
    expect(share(5, 4)).toBe('100%');
    expect(share(1, 0)).toBe('0%');
  });
});
