import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const here = path.dirname(fileURLToPath(import.meta.url));

/** Every stylesheet and component of the web app, by path. */
function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return files(file);
    return /\.(css|tsx)$/.test(entry.name) ? [file] : [];
  });
}

/**
 * What would stay on the left in a right-to-left page: physical sides in properties (margin-left,
 * padding-right, border-left, left:, right:, float: left, text-align: right) and their React style
 * names (marginLeft…). The layout uses logical sides (inline start and end) instead.
 */
const PHYSICAL =
  /(?:^|[\s;{"'])(?:(?:margin|padding|border|inset)-(?:left|right)|border-(?:top|bottom)-(?:left|right)-radius|left|right)\s*:|(?:float|text-align|clear)\s*:\s*(?:left|right)\b|\b(?:margin|padding|border)(?:Left|Right)\b|\btextAlign\s*:\s*['"](?:left|right)['"]/m;

describe('layout in right-to-left languages', () => {
  it('no stylesheet or component anchors anything to a physical side', () => {
    const found = files(here).flatMap((file) =>
      fs
        .readFileSync(file, 'utf8')
        .split('\n')
        .map((line, index) => ({ line, where: `${path.relative(here, file)}:${index + 1}` }))
        .filter(({ line }) => PHYSICAL.test(line))
        .map(({ line, where }) => `${where}: ${line.trim()}`),
    );
    expect(found).toEqual([]);
  });

  it('would notice one', () => {
    for (const line of ['  margin-left: 1rem;', '  left: 0;', '  text-align: right;', "style={{ paddingRight: 4 }}", '  border-top-left-radius: 2px;']) {
      expect(PHYSICAL.test(line), line).toBe(true);
    }
    for (const line of ['  margin-inline-start: 1rem;', '  inset-inline-start: 0;', '  text-align: start;', '  border-inline-start: 1px solid;']) {
      expect(PHYSICAL.test(line), line).toBe(false);
    }
  });
});
