import { describe, expect, it } from 'vitest';
import { findDeadlinePhrases, parseDeadlineCell } from '../../src/extract/dates/index.js';

describe('dates that are not deadlines', () => {
  it('a start date in a deadline cell ("2025年起每年") sets no due date', () => {
    expect(parseDeadlineCell('2025年起每年', 2025)).toEqual({ due: [], ongoing: true });
    expect(parseDeadlineCell('2025年6月底前', 2025)).toEqual({ due: ['2025-06-30'], ongoing: false });
  });

  it('a periodic cell ("按月发放", "按季度考核") makes the duty ongoing', () => {
    expect(parseDeadlineCell('按月发放', 2025)).toEqual({ due: [], ongoing: true });
    expect(parseDeadlineCell('按季度考核', 2025)).toEqual({ due: [], ongoing: true });
  });

  it('"…年底前形成的X" describes X, it sets no deadline', () => {
    expect(findDeadlinePhrases('对2025年底前形成的项目资产全部登记确权', 2025)).toEqual([]);
  });
});
