import { describe, expect, it } from 'vitest';
import { parseDeadlineCell } from '../../src/extract/dates/index.js';
import { fullWidth } from '../support/full-width.js';

const cases: [string, number | null, string[], boolean][] = [
  ['2021', 2021, ['2021-12-31'], false],
  ['2021年', 2020, ['2021-12-31'], false],
  [fullWidth('2021') + '年', 2020, ['2021-12-31'], false],
  [fullWidth('2021 ') + '年', 2020, ['2021-12-31'], false],
  ['2021 年', 2020, ['2021-12-31'], false],
  ['2023年9月', 2021, ['2023-09-30'], false],
  ['2024年2月', 2021, ['2024-02-29'], false],
  ['2023 年 12 月', 2021, ['2023-12-31'], false],
  ['2022年6月底前', 2021, ['2022-06-30'], false],
  ['6月底之前', 2021, ['2021-06-30'], false],
  // A yearly season is periodic: no date, its end in 次年 included.
  ['每年11月至次年3月', 2021, [], true],
  ['3月底前', 2018, ['2018-03-31'], false],
  [fullWidth('6') + '月底前', 2018, ['2018-06-30'], false],
  ['年底前', 2021, ['2021-12-31'], false],
  ['年底前', null, [], false],
  ['2021年实施,持续推进', 2021, ['2021-12-31'], true],
  ['2021年实施' + fullWidth(',') + '持续推进', 2021, ['2021-12-31'], true],
  [fullWidth('(2021') + '年' + fullWidth(')'), 2021, ['2021-12-31'], false],
  ['持续推进', 2021, [], true],
  ['长期坚持', 2021, [], true],
  ['长期', 2021, [], true],
  ['持續推進', 2021, [], true],
  ['2021年實施,長期堅持', 2021, ['2021-12-31'], true],
  ['每年', 2021, [], true],
  ['每季度', 2021, [], true],
  ['每月', 2021, [], true],
  ['每学期', 2021, [], true],
  ['常态化', 2021, [], true],
  ['每月28日前报送', 2021, [], true],
  ['2021—2023年', 2021, ['2023-12-31'], false],
  ['2020-2030年', 2021, ['2030-12-31'], false],
  [fullWidth('2020-2030') + '年', 2021, ['2030-12-31'], false],
  ['4月、5月', 2021, ['2021-04-30', '2021-05-31'], false],
  ['2023年7月至2024年12月', 2021, ['2024-12-31'], false],
  ['2021年3月—4月', 2021, ['2021-04-30'], false],
  ['(2019年10月底前完成)', 2019, ['2019-10-31'], false],
  // A half-year names a period, not a due date (formats.md §2 "vague").
  ['上半年', 2021, [], false],
  ['2022年上半年', 2021, [], false],
  ['下半年', 2021, [], false],
  ['2022年下半年', 2021, [], false],
  ['年内', 2021, ['2021-12-31'], false],
  ['年內', 2021, ['2021-12-31'], false],
  ['年内完成', 2020, ['2020-12-31'], false],
  ['三季度', 2021, ['2021-09-30'], false],
  ['2021年6月15日', 2021, ['2021-06-15'], false],
  ['十二月底前', 2021, ['2021-12-31'], false],
  ['1月底前完成方案制定;其它事项12月底前完成,长期坚持', 2021, ['2021-01-31', '2021-12-31'], true],
  ['2021年、2022年', 2021, ['2021-12-31', '2022-12-31'], false],
  ['全年', 2021, [], false],
  ['近期', 2021, [], false],
  ['', 2021, [], false],
  ['2021年12月\n2022年6月', 2021, ['2021-12-31', '2022-06-30'], false],
  ['2022.6', 2021, ['2022-06-30'], false],
  ['2022/6/15', 2021, ['2022-06-15'], false],
  ['2021.12.31前', 2021, ['2021-12-31'], false],
  ['2021年第三季度', 2021, ['2021-09-30'], false],
  ['9月份', 2021, ['2021-09-30'], false],
  ['2021年6月—2022年12月', 2021, ['2022-12-31'], false],
  ['2021年6月底前完成,长期坚持', 2021, ['2021-06-30'], true],
];

describe('parseDeadlineCell', () => {
  it.each(cases)('%s (plan year %s)', (text, year, due, ongoing) => {
    expect(parseDeadlineCell(text, year)).toEqual({ due, ongoing });
  });

  it('reads no date from numbers that are not years or months', () => {
    expect(parseDeadlineCell('12320热线', 2021).due).toEqual([]);
    expect(parseDeadlineCell('13月', 2021).due).toEqual([]);
    expect(parseDeadlineCell('3年内', 2021).due).toEqual([]);
  });
});

describe('a month range inside one year whose start month writes no 月', () => {
  it('gives only the range end, not the year end as well', () => {
    expect(parseDeadlineCell('2026年4—10月', 2026).due).toEqual(['2026-10-31']);
    expect(parseDeadlineCell('2025年3-9月', 2026).due).toEqual(['2025-09-30']);
    expect(parseDeadlineCell('2026年10月', 2026).due).toEqual(['2026-10-31']);
  });
});
