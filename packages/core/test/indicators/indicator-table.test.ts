import { describe, expect, it } from 'vitest';
import { extractIndicatorTable, hasIndicatorColumns, isIndicatorTableHeader, type IndicatorContext } from '@duban/core';

const ctx: IndicatorContext = { planYear: null, annual: false, line: 1 };
const rows = (cells: string[][]) => cells.map((c, i) => ({ cells: c, start: i * 100, line: i + 5 }));

const NATIONAL_HEADER = ['领域', '序号', '指标', '基期水平', '2022年目标值', '2030年目标值', '指标性质'];
const LOCAL_HEADER = ['指标名称', '单位', '基期值(2020年)', '2025年目标', '指标性质'];

describe('isIndicatorTableHeader', () => {
  it('recognises target tables', () => {
    expect(isIndicatorTableHeader(NATIONAL_HEADER)).toBe(true);
    expect(isIndicatorTableHeader(LOCAL_HEADER)).toBe(true);
    expect(isIndicatorTableHeader(['序号', '主要指标', '2020年', '2025年'])).toBe(true);
    expect(isIndicatorTableHeader(['指　标', '目 标 值'])).toBe(true);
  });

  it('rejects duty tables and other tables', () => {
    expect(isIndicatorTableHeader(['序号', '任务', '牵头单位', '参与单位', '完成时限'])).toBe(false);
    expect(isIndicatorTableHeader(['序号', '工作目标', '责任单位', '完成时限'])).toBe(false);
    expect(isIndicatorTableHeader(['序号', '单位名称', '联系人', '电话'])).toBe(false);
  });
});

describe('hasIndicatorColumns', () => {
  it('also accepts a target table with owner columns, which is not a pure indicator table', () => {
    const header = ['序号', '指标名称', '2023年目标值', '牵头单位', '配合单位'];
    expect(hasIndicatorColumns(header)).toBe(true);
    expect(isIndicatorTableHeader(header)).toBe(false);
    expect(hasIndicatorColumns(['序号', '任务', '牵头单位', '完成时限'])).toBe(false);
  });

  it('reads such a table: owner cells are not names', () => {
    const got = extractIndicatorTable(
      {
        header: ['序号', '指标名称', '2023年目标值', '牵头单位', '配合单位'],
        rows: rows([['1', '居民健康素养水平(%)', '≥28', '市卫生健康委', '市教育局']]),
      },
      ctx,
    );
    expect(got.map((g) => [g.name, g.target, g.unit, g.comparator, g.due])).toEqual([['居民健康素养水平', 28, '%', '>=', '2023-12-31']]);
  });
});

describe('extractIndicatorTable: the national layout', () => {
  it('gives one indicator per target column, due at that column year end, units from the name', () => {
    const got = extractIndicatorTable(
      {
        header: NATIONAL_HEADER,
        rows: rows([
          ['结果性指标', '', '', '', '', '', ''],
          ['健康知识普及', '1', '城乡居民健康素养水平(%)', '16.5', '≥24', '≥32', '约束性'],
          ['', '2', '建立健康科普专家库', '—', '实现', '持续完善', '约束性'],
          ['说明:健康素养水平指具备基本健康素养的人在总人群中所占的比例。', '', '', '', '', '', ''],
          ['合理膳食', '3', '成人肥胖增长率(%)', '2002—2012年平均每年增长约5.3%', '持续减缓', '', '预期性'],
          ['', '4', '孕产妇死亡率(1/10万)', '19.9', '≤18', '≤12', '约束性'],
        ]),
      },
      ctx,
    );
    expect(got.map((g) => [g.name, g.target, g.baseline, g.unit, g.comparator, g.due])).toEqual([
      ['城乡居民健康素养水平', 24, 16.5, '%', '>=', '2022-12-31'],
      ['城乡居民健康素养水平', 32, 16.5, '%', '>=', '2030-12-31'],
      ['孕产妇死亡率', 18, 19.9, '1/10万', '<=', '2022-12-31'],
      ['孕产妇死亡率', 12, 19.9, '1/10万', '<=', '2030-12-31'],
    ]);
    expect(got[0]?.text).toContain('城乡居民健康素养水平');
    expect(got[0]?.text).toContain('≥24');
    expect(got[0]?.source).toEqual({ start: 100, end: 100 + (got[0]?.text.length ?? 0), line: 6 });
  });

  it('aligns flattened rows that lost their empty cells (no 领域 cell, a missing baseline)', () => {
    const got = extractIndicatorTable(
      {
        header: NATIONAL_HEADER,
        rows: rows([
          ['个人和社会倡导性指标'],
          ['心理健康促进', '5', '心理相关疾病发生的上升趋势', '减缓', '持续减缓', '预期性'],
          ['6', '5岁以下儿童生长迟缓率(%)', '8.1', '≤7', '≤5', '预期性'],
          ['7', '人均每日食盐摄入量(克)', '10.5', '≤5', '倡导性'],
          ['8', '经常参加体育锻炼人数比例(%)', '≥37', '≥40', '预期性'],
        ]),
      },
      ctx,
    );
    expect(got.map((g) => [g.name, g.target, g.baseline, g.comparator, g.due])).toEqual([
      ['5岁以下儿童生长迟缓率', 7, 8.1, '<=', '2022-12-31'],
      ['5岁以下儿童生长迟缓率', 5, 8.1, '<=', '2030-12-31'],
      ['人均每日食盐摄入量', 5, 10.5, '<=', '2022-12-31'],
      ['经常参加体育锻炼人数比例', 37, null, '>=', '2022-12-31'],
      ['经常参加体育锻炼人数比例', 40, null, '>=', '2030-12-31'],
    ]);
  });
});

describe('extractIndicatorTable: the local layout', () => {
  it('takes units from the 单位 column and reads bounds written in words', () => {
    const got = extractIndicatorTable(
      {
        header: LOCAL_HEADER,
        rows: rows([
          ['一、健康水平', '', '', '', ''],
          ['人均预期寿命', '岁', '78.6', '79.5', '预期性'],
          ['婴儿死亡率', '‰', '3.1', '<4', '约束性'],
          ['每千人口拥有3岁以下婴幼儿托位数', '个', '1.2', '4.5', '预期性'],
          ['经常参加体育锻炼人数比例', '%', '38', '42以上', '预期性'],
          ['居民健康素养水平', '%', '24.3', '持续提升', '预期性'],
        ]),
      },
      ctx,
    );
    expect(got.map((g) => [g.name, g.target, g.baseline, g.unit, g.comparator, g.due])).toEqual([
      ['人均预期寿命', 79.5, 78.6, '岁', '=', '2025-12-31'],
      ['婴儿死亡率', 4, 3.1, '‰', '<=', '2025-12-31'],
      ['每千人口拥有3岁以下婴幼儿托位数', 4.5, 1.2, '个', '=', '2025-12-31'],
      ['经常参加体育锻炼人数比例', 42, 38, '%', '>=', '2025-12-31'],
    ]);
  });

  it('reads a table of bare year columns: the first year is the baseline', () => {
    const got = extractIndicatorTable(
      { header: ['序号', '主要指标', '2020年', '2025年'], rows: rows([['1', '二级以上医院预约诊疗率(%)', '45', '≥60']]) },
      ctx,
    );
    expect(got.map((g) => [g.target, g.baseline, g.unit, g.comparator, g.due])).toEqual([[60, 45, '%', '>=', '2025-12-31']]);
  });

  it('reads a bare year column beside 目标 columns as the baseline', () => {
    const got = extractIndicatorTable(
      {
        header: ['类别', '序号', '指标名称', '2019年', '2020年目标', '2022年目标', '指标属性'],
        rows: rows([['健康水平', '1', '人均预期寿命(岁)', '77.9', '78.3', '78.8', '预期性']]),
      },
      ctx,
    );
    expect(got.map((g) => [g.target, g.baseline, g.unit, g.due])).toEqual([
      [78.3, 77.9, '岁', '2020-12-31'],
      [78.8, 77.9, '岁', '2022-12-31'],
    ]);
  });

  it('falls back on the inherited or annual due when the target column has no year', () => {
    const table = { header: ['指标', '目标值'], rows: rows([['家庭医生签约覆盖率(%)', '≥45']]) };
    expect(extractIndicatorTable(table, { planYear: 2021, annual: true, line: 1 })[0]?.due).toBe('2021-12-31');
    expect(extractIndicatorTable(table, ctx)[0]?.due).toBeNull();
    expect(extractIndicatorTable(table, { ...ctx, due: '2023-06-30' })[0]?.due).toBe('2023-06-30');
  });
});

describe('extractIndicatorTable: rows as a flattened-table reader cuts them', () => {
  it("ignores the next row's 领域 cell appended after 指标性质, even when the cell count matches the header", () => {
    const got = extractIndicatorTable(
      {
        header: NATIONAL_HEADER,
        rows: rows([
          ['健康知识普及行动'],
          ['1', '居民健康素养水平(%)', '14.18', '≥22', '≥30', '约束性', '合理膳食行动'],
          ['2', '人均每日食盐摄入量(g)', '10.5', '≤5', '倡导性'],
        ]),
      },
      ctx,
    );
    expect(got.map((g) => [g.name, g.target, g.baseline, g.unit, g.due])).toEqual([
      ['居民健康素养水平', 22, 14.18, '%', '2022-12-31'],
      ['居民健康素养水平', 30, 14.18, '%', '2030-12-31'],
      ['人均每日食盐摄入量', 5, 10.5, 'g', '2022-12-31'],
    ]);
    expect(got[0]?.text).toBe('1 居民健康素养水平(%) 14.18 ≥22 ≥30 约束性');
  });

  it('drops a 说明 cell appended to a data row but keeps the row', () => {
    const got = extractIndicatorTable(
      { header: LOCAL_HEADER, rows: rows([['婴儿死亡率', '‰', '3.1', '≤4', '约束性', '说明:指一年内未满1岁婴儿死亡人数与活产数之比。']]) },
      ctx,
    );
    expect(got.map((g) => [g.target, g.baseline, g.comparator])).toEqual([[4, 3.1, '<=']]);
  });

  it('joins a tail of values cut off from its row', () => {
    const got = extractIndicatorTable(
      {
        header: LOCAL_HEADER,
        rows: rows([
          ['经常参加体育锻炼人数比例', '%', '38'],
          ['42以上', '预期性'],
          ['人均预期寿命', '岁', '78.6', '79.5', '预期性'],
        ]),
      },
      ctx,
    );
    expect(got.map((g) => [g.name, g.target, g.baseline, g.comparator])).toEqual([
      ['经常参加体育锻炼人数比例', 42, 38, '>='],
      ['人均预期寿命', 79.5, 78.6, '='],
    ]);
  });
});

describe('extractIndicatorTable: a two-row header', () => {
  it('takes the target years from the second header row', () => {
    const got = extractIndicatorTable(
      {
        header: ['领域', '序号', '指标', '基期水平', '目标值', '目标值', '指标性质'],
        rows: rows([
          ['领域', '序号', '指标', '基期水平', '2022年', '2030年', '指标性质'],
          ['健康知识普及', '1', '居民健康素养水平(%)', '14.18', '≥22', '≥30', '约束性'],
        ]),
      },
      ctx,
    );
    expect(got.map((g) => [g.target, g.due])).toEqual([
      [22, '2022-12-31'],
      [30, '2030-12-31'],
    ]);
  });

  it('reads the years under a header cell spanning both rows that names a year itself', () => {
    const got = extractIndicatorTable(
      {
        header: ['序号', '指标', '基期值(2024年)', '目标值', '目标值', '指标属性'],
        rows: rows([
          ['序号', '指标', '基期值(2024年)', '2025年', '2026年', '指标属性'],
          ['1', '孕产妇系统管理率(%)', '90', '≥91', '≥92', '约束性'],
        ]),
      },
      { planYear: 2025, annual: true, line: 1 },
    );
    expect(got.map((g) => [g.baseline, g.target, g.due])).toEqual([
      [90, 91, '2025-12-31'],
      [90, 92, '2026-12-31'],
    ]);
  });
});

describe('extractIndicatorTable: a change written in a target cell', () => {
  it('takes the cell’s own measure word over the level unit of the unit column', () => {
    const got = extractIndicatorTable(
      { header: LOCAL_HEADER, rows: rows([['学生肥胖率', '%', '18.2', '每年下降0.3个百分点', '预期性']]) },
      ctx,
    );
    expect(got.map((g) => [g.baseline, g.target, g.unit, g.comparator])).toEqual([[18.2, 0.3, '个百分点', 'decrease_by']]);
  });
});

describe('extractIndicatorTable: unit cells of weights and counted events', () => {
  it('reads 万吨 and 项次 in the unit column as units, not as names', () => {
    const got = extractIndicatorTable(
      {
        header: ['序号', '指标名称', '单位', '2024年基数', '2025年目标'],
        rows: rows([
          ['1', '油料总产量', '万吨', '12', '≥13'],
          ['2', '群众体育赛事', '项次', '80', '100'],
        ]),
      },
      ctx,
    );
    expect(got.map((i) => [i.name, i.unit, i.baseline, i.target])).toEqual([
      ['油料总产量', '万吨', 12, 13],
      ['群众体育赛事', '项次', 80, 100],
    ]);
  });
});

describe('extractIndicatorTable: a name holding a number', () => {
  it('keeps a row whose name has a figure in it (10万元以上村占比) a row of its own', () => {
    const got = extractIndicatorTable(
      {
        header: ['序号', '指标', '单位', '2025年', '2026年目标'],
        rows: rows([
          ['1', '农村卫生厕所普及率', '%', '88', '≥90'],
          ['2', '集体经济收入10万元以上村占比', '%', '72', '80'],
          ['3', '规模以上工业增加值增速', '%', '6', '7'],
        ]),
      },
      ctx,
    );
    expect(got.map((g) => [g.name, g.target])).toEqual([
      ['农村卫生厕所普及率', 90],
      ['集体经济收入10万元以上村占比', 80],
      ['规模以上工业增加值增速', 7],
    ]);
  });
});
