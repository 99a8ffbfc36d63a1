import { describe, expect, it } from 'vitest';
import { formatNoticeNumber, nextNoticeSeq, onTimeRates, parseNoticeNumber } from '../../src/domain/index.js';

describe('onTimeRates', () => {
  it('counts on-time, late, overdue and missing per unit and ignores slots not yet due', () => {
    const today = '2026-05-10';
    const p = (due: string, windowEnd: string) => ({ due, windowEnd });
    const rates = onTimeRates(
      [
        { unitId: 'b', ...p('2026-03-28', '2026-04-02'), submittedOn: '2026-03-27' },
        { unitId: 'b', ...p('2026-04-28', '2026-05-03'), submittedOn: '2026-05-01' },
        { unitId: 'a', ...p('2026-03-28', '2026-04-02'), submittedOn: null },
        { unitId: 'a', ...p('2026-05-08', '2026-05-13'), submittedOn: null },
        { unitId: 'a', ...p('2026-05-28', '2026-06-02'), submittedOn: null },
        { unitId: 'c', ...p('2026-05-28', '2026-06-02'), submittedOn: null },
      ],
      today,
    );
    expect(rates).toEqual([
      { unitId: 'a', expected: 2, onTime: 0, late: 0, missing: 1, overdue: 1, rate: 0 },
      { unitId: 'b', expected: 2, onTime: 1, late: 1, missing: 0, overdue: 0, rate: 0.5 },
      { unitId: 'c', expected: 0, onTime: 0, late: 0, missing: 0, overdue: 0, rate: null },
    ]);
  });
});

describe('notice numbers', () => {
  it('formats and parses 督办〔2026〕第3号', () => {
    expect(formatNoticeNumber({ prefix: '督办', year: 2026, seq: 3 })).toBe('督办〔2026〕第3号');
    expect(parseNoticeNumber('督办〔2026〕第3号')).toEqual({ prefix: '督办', year: 2026, seq: 3 });
    expect(parseNoticeNumber('青督办[2025]12号')).toEqual({ prefix: '青督办', year: 2025, seq: 12 });
    expect(parseNoticeNumber('第3号')).toBeNull();
  });

  it('numbers per year and prefix without reusing gaps', () => {
    const issued = ['督办〔2026〕第1号', '督办〔2026〕第4号', '督办〔2025〕第9号', '青督办〔2026〕第7号', '乱码'];
    expect(nextNoticeSeq(issued, 2026)).toBe(5);
    expect(nextNoticeSeq(issued, 2025)).toBe(10);
    expect(nextNoticeSeq(issued, 2027)).toBe(1);
    expect(nextNoticeSeq(issued, 2026, '青督办')).toBe(8);
  });

  it('rejects a zero sequence', () => {
    expect(() => formatNoticeNumber({ prefix: '督办', year: 2026, seq: 0 })).toThrow(RangeError);
  });
});
