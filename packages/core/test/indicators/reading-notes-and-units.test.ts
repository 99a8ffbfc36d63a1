import { describe, expect, it } from 'vitest';
import { extractIndicators } from '../../src/extract/indicators/extract-indicators.js';

const read = (text: string) =>
  extractIndicators(text, 0, { planYear: 2026, annual: true, line: 1 }).map((i) => [i.target, i.unit, i.comparator]);

describe('a reading note after the unit', () => {
  it('keeps the bound that follows the note', () => {
    expect(read('新推出“一件事一次办”事项(xiàng)100项(xiàng)以上。')).toEqual([[100, '项', '>=']]);
  });
});
