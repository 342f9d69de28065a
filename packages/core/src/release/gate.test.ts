import { describe, expect, it } from 'vitest';
import { GATE_LISTED, publicationGate, type GateUnit } from './gate.ts';

const unit = (id: number, state: GateUnit['state'], target: string, translate = true, source = 'We ask for 3 things.'): GateUnit => ({
  id,
  source: [source],
  translate,
  target: target ? [target] : [],
  state,
});

describe('publicationGate', () => {
  it('lets a language through when every translatable unit is approved and passes the checks', () => {
    const gate = publicationGate([unit(1, 'approved', 'Nous demandons 3 choses.'), unit(2, 'untranslated', '', false, 'Open Wires')], 'en', 'fr');
    expect(gate).toEqual({ publishable: true, translatable: 1, approved: 1, blocked: 0, blockers: [] });
  });

  // U+202E reverses what follows it: an error of the checks, which no approval overrides.
  const reversed = 'Nous demandons \u202e3 choses.';
  const reversedFinding = { check: 'bidi-controls', severity: 'error', message: { key: 'qa.checks.bidi-controls.found', values: { count: 1, chars: ['U+202E'] } } };
  it.each<[string, GateUnit, { reason: string; checks: string[]; findings: unknown[] }]>([
    ['an untranslated unit', unit(1, 'untranslated', ''), { reason: 'not-approved', checks: [], findings: [] }],
    ['a draft', unit(1, 'translated', 'Nous demandons 3 choses.'), { reason: 'not-approved', checks: [], findings: [] }],
    ['a rejected translation', unit(1, 'rejected', 'Nous demandons 3 choses.'), { reason: 'not-approved', checks: [], findings: [] }],
    ['a translation to review after a change of the source', unit(1, 'needs-review', 'Nous demandons 3 choses.'), { reason: 'not-approved', checks: [], findings: [] }],
    ['an approved translation that fails a check with an error', unit(1, 'approved', reversed), { reason: 'qa', checks: ['bidi-controls'], findings: [reversedFinding] }],
    ['a draft that also fails a check', unit(1, 'translated', reversed), { reason: 'not-approved', checks: ['bidi-controls'], findings: [reversedFinding] }],
  ])('names %s as a blocker, with its reason', (_name, blocked, expected) => {
    const gate = publicationGate([blocked, unit(2, 'approved', 'Nous demandons 3 choses.')], 'en', 'fr');
    expect(gate.publishable).toBe(false);
    expect(gate.blockers).toEqual([{ unitId: 1, state: blocked.state, source: 'We ask for 3 things.', ...expected }]);
  });

  it('lets an approved translation through with a warning: the reviewer accepted it with a reason', () => {
    const gate = publicationGate([unit(1, 'approved', 'Nous demandons trois choses.')], 'en', 'fr');
    expect(gate).toMatchObject({ publishable: true, blocked: 0 });
  });

  it('lists every blocker in reading order', () => {
    const gate = publicationGate([unit(5, 'translated', 'x'), unit(3, 'approved', 'Nous demandons 3 choses.'), unit(4, 'untranslated', '')], 'en', 'fr');
    expect(gate.blockers.map((b) => b.unitId)).toEqual([5, 4]);
    expect(gate).toMatchObject({ translatable: 3, approved: 1, blocked: 2 });
  });

  it('names the first blockers of a big project and counts every one of them', () => {
    const units = Array.from({ length: 5000 }, (_, index) => unit(index + 1, index % 10 === 0 ? 'approved' : 'translated', 'Nous demandons 3 choses.'));
    units[2] = unit(3, 'approved', reversed);
    const gate = publicationGate(units, 'en', 'fr');
    expect(gate).toMatchObject({ publishable: false, translatable: 5000, approved: 501, blocked: 4500 });
    expect(gate.blockers).toHaveLength(GATE_LISTED);
    expect(gate.blockers.slice(0, 3).map((b) => [b.unitId, b.reason])).toEqual([
      [2, 'not-approved'],
      [3, 'qa'],
      [4, 'not-approved'],
    ]);
    expect(publicationGate(units, 'en', 'fr', 3).blockers.map((b) => b.unitId)).toEqual([2, 3, 4]);
  });
});
