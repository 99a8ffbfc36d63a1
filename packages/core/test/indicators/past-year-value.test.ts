import { describe, expect, it } from 'vitest';
import { extractIndicators } from '../../src/extract/indicators/extract-indicators.js';

const ctx = { planYear: 2026, annual: false, line: 1 };
const read = (text: string) => extractIndicators(text, 0, ctx).map((i) => [i.target, i.unit]);

// Invented sentences: the value a past year reached is a result; the value a later year is to reach is a target.
describe('the value of a year', () => {
  it('reads no target from a change between two past years', () => {
    expect(read('病区儿童检出率从2021年的6.2%下降到2025年的2.4%。')).toEqual([]);
  });
  it('keeps a change to a year at or after the plan year', () => {
    expect(read('病区儿童检出率从2025年的2.4%下降到2030年的1.5%。')).toEqual([[1.5, '%']]);
  });
});
