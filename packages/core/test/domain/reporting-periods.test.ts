import { describe, expect, it } from 'vitest';
import { classifyReport, currentPeriod, generateReportingPeriods } from '../../src/domain/index.js';

describe('generateReportingPeriods', () => {
  it('cuts calendar months with the first and last clipped to the plan range', () => {
    const ps = generateReportingPeriods({
      kind: 'monthly',
      start: '2026-03-10',
      end: '2026-06-15',
      due: { kind: 'day_of_last_month', day: 28 },
      graceDays: 5,
    });
    expect(ps.map((p) => [p.label, p.start, p.end, p.due, p.windowEnd])).toEqual([
      ['2026年3月', '2026-03-10', '2026-03-31', '2026-03-28', '2026-04-02'],
      ['2026年4月', '2026-04-01', '2026-04-30', '2026-04-28', '2026-05-03'],
      ['2026年5月', '2026-05-01', '2026-05-31', '2026-05-28', '2026-06-02'],
      ['2026年6月', '2026-06-01', '2026-06-15', '2026-06-28', '2026-07-03'],
    ]);
    expect(ps.map((p) => p.seq)).toEqual([1, 2, 3, 4]);
  });

  it('cuts quarters across a year boundary and clamps day 31 to the month length', () => {
    const ps = generateReportingPeriods({
      kind: 'quarterly',
      start: '2026-02-01',
      end: '2027-03-31',
      due: { kind: 'day_of_last_month', day: 31 },
      graceDays: 0,
    });
    expect(ps.map((p) => p.label)).toEqual(['2026年第1季度', '2026年第2季度', '2026年第3季度', '2026年第4季度', '2027年第1季度']);
    expect(ps[0]).toMatchObject({ start: '2026-02-01', end: '2026-03-31', due: '2026-03-31' });
    expect(ps[1]).toMatchObject({ end: '2026-06-30', due: '2026-06-30', windowEnd: '2026-06-30' });
  });

  it('defaults to due five days after the end with three grace days', () => {
    const [p] = generateReportingPeriods({ kind: 'monthly', start: '2026-02-01', end: '2026-02-28' });
    expect(p).toMatchObject({ due: '2026-03-05', windowEnd: '2026-03-08' });
  });

  it('never puts the due date before a clipped period starts', () => {
    const [p] = generateReportingPeriods({
      kind: 'monthly',
      start: '2026-03-27',
      end: '2026-03-31',
      due: { kind: 'day_of_last_month', day: 25 },
    });
    expect(p!.due).toBe('2026-03-27');
  });

  it('sorts custom ranges, labels them and honours explicit due dates', () => {
    const ps = generateReportingPeriods({
      kind: 'custom',
      start: '2026-01-01',
      end: '2026-12-31',
      due: { kind: 'days_after_end', days: 10 },
      ranges: [
        { start: '2026-07-01', end: '2026-12-31', due: '2027-01-15' },
        { start: '2026-01-01', end: '2026-06-30', label: '上半年' },
      ],
    });
    expect(ps.map((p) => [p.label, p.due])).toEqual([
      ['上半年', '2026-07-10'],
      ['第2期', '2027-01-15'],
    ]);
  });

  it('rejects overlapping custom ranges, reversed ranges and bad dates', () => {
    expect(() =>
      generateReportingPeriods({
        kind: 'custom',
        start: '2026-01-01',
        end: '2026-12-31',
        ranges: [
          { start: '2026-01-01', end: '2026-06-30' },
          { start: '2026-06-30', end: '2026-12-31' },
        ],
      }),
    ).toThrow(/overlaps/);
    expect(() => generateReportingPeriods({ kind: 'monthly', start: '2026-05-01', end: '2026-04-01' })).toThrow(RangeError);
    expect(() => generateReportingPeriods({ kind: 'monthly', start: '2026-02-30', end: '2026-04-01' })).toThrow(/calendar/);
    expect(() => generateReportingPeriods({ kind: 'custom', start: '2026-01-01', end: '2026-12-31', ranges: [] })).toThrow();
  });

  it('refuses absurdly long calendars', () => {
    expect(() => generateReportingPeriods({ kind: 'monthly', start: '1900-01-01', end: '2200-01-01' })).toThrow(/too many/);
  });
});

describe('classifyReport', () => {
  const period = { start: '2026-04-01', due: '2026-04-28', windowEnd: '2026-05-03' };
  it.each([
    ['2026-03-20', null, 'not_open'],
    ['2026-04-10', null, 'open'],
    ['2026-04-28', null, 'open'],
    ['2026-04-29', null, 'overdue'],
    ['2026-05-03', null, 'overdue'],
    ['2026-05-04', null, 'missing'],
    ['2026-05-10', '2026-04-28', 'on_time'],
    ['2026-05-10', '2026-05-01', 'late'],
  ] as const)('on %s with submission %s is %s', (today, submitted, expected) => {
    expect(classifyReport(period, today, submitted)).toBe(expected);
  });

  it('finds the period currently owed', () => {
    const ps = generateReportingPeriods({
      kind: 'monthly',
      start: '2026-01-01',
      end: '2026-12-31',
      due: { kind: 'day_of_last_month', day: 28 },
      graceDays: 3,
    });
    expect(currentPeriod(ps, '2026-04-10')?.label).toBe('2026年4月');
    expect(currentPeriod(ps, '2027-02-01')).toBeNull();
  });
});
