import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/index.js';
import { splitUnitList } from '../../src/extract/units/unit-name.js';

const indicatorRows = (plan: Awaited<ReturnType<typeof parsePlan>>) =>
  plan.indicators.map((i) => [i.name, i.baseline, i.target, i.unit, i.comparator]);

describe('a target table aligned with spaces', () => {
  it('keeps its rows apart and reads each under its columns', async () => {
    const plan = await parsePlan({
      text: [
        '某县2025年控烟工作方案',
        '一、目标',
        '序号  指标                      单位      基线(2024年)  2025年目标',
        '1     成人吸烟率                %         24.1          ≤23',
        '2     无烟机关建成数            个        12            ≥20',
        '3     肺癌死亡率                1/10万    31.5          ≤30',
        '',
        '二、任务',
        '1.开展控烟宣传。(牵头单位:县卫生健康局)',
      ].join('\n'),
    });
    expect(indicatorRows(plan)).toEqual([
      ['成人吸烟率', 24.1, 23, '%', '<='],
      ['无烟机关建成数', 12, 20, '个', '>='],
      ['肺癌死亡率', 31.5, 30, '1/10万', '<='],
    ]);
  });
});

describe('a unit cell merged over several rows', () => {
  const table = (rows: string[]) =>
    ['某市2025年健康指标', '', '序号', '指标名称', '单位', '2024年现状', '2025年目标', '指标性质', ...rows].join('\n');

  it('gives the rate unit written in its first row to the rates below it left blank', async () => {
    const plan = await parsePlan({
      text: table([
        '1',
        '儿童龋齿检查率',
        '%',
        '70',
        '≥75',
        '预期性',
        '2',
        '孕妇产检覆盖率',
        '88',
        '≥90',
        '约束性',
        '3',
        '新建健身步道',
        '公里',
        '5',
        '≥8',
        '预期性',
      ]),
    });
    expect(indicatorRows(plan)).toEqual([
      ['儿童龋齿检查率', 70, 75, '%', '>='],
      ['孕妇产检覆盖率', 88, 90, '%', '>='],
      ['新建健身步道', 5, 8, '公里', '>='],
    ]);
  });

  it('carries no unit to a row that measures no rate', async () => {
    const plan = await parsePlan({
      text: table(['1', '儿童龋齿检查率', '%', '70', '≥75', '预期性', '2', '新建健身步道', '5', '≥8', '预期性']),
    });
    expect(indicatorRows(plan)[1]).toEqual(['新建健身步道', 5, 8, '', '>=']);
  });
});

describe('the level of a party office written once for the government office after it', () => {
  it('gives 自治区, 市 or 县 to the bare government office', () => {
    expect(splitUnitList('自治区党委办公厅、政府办公厅')).toEqual(['自治区党委办公厅', '自治区政府办公厅']);
    expect(splitUnitList('县委督查室、政府督查室')).toEqual(['县委督查室', '县政府督查室']);
  });

  it('leaves a government office after another kind of body as written', () => {
    expect(splitUnitList('县卫生健康局、政府督查室')).toEqual(['县卫生健康局', '政府督查室']);
  });
});

describe('a | row broken before its last cells', () => {
  it('takes the cells of the next line as the rest of the row', async () => {
    const plan = await parsePlan({
      text: [
        '某市2025年法治建设重点任务',
        '| 序号 | 具体任务 | 牵头单位 | 配合单位 | 完成时间 |',
        '| 1 | 编制行政执法事项清单 | 市司法局 | 市政务服务办 | 2025年6月底前 |',
        '| 2 | 推行柔性执法,轻微违法首次不罚',
        ' | 市司法局 | 市市场监管局 | 2025年12月底前 |',
        '| 3 | 开展执法人员轮训 | 市司法局 |  | 2025年9月底前 |',
      ].join('\n'),
    });
    expect(plan.tasks.map((t) => [t.text.slice(0, 6), t.lead, t.participants, t.due])).toEqual([
      ['编制行政执法', ['市司法局'], ['市政务服务办'], ['2025-06-30']],
      ['推行柔性执法', ['市司法局'], ['市市场监管局'], ['2025-12-31']],
      ['开展执法人员', ['市司法局'], [], ['2025-09-30']],
    ]);
  });
});

describe('a flattened table whose header is repeated on a new page', () => {
  it('drops the repeated labels and joins the duty cut by the page break', async () => {
    const plan = await parsePlan({
      text: [
        '某市2025年卫生城市建设任务分解表',
        '序号',
        '建设领域',
        '工作任务',
        '牵头单位',
        '责任单位',
        '完成时限',
        '1',
        '环境整治',
        '整治背街小巷卫生死角,清运积存垃圾',
        '市城管局',
        '各区人民政府',
        '2025年6月底前',
        '2',
        '推进公共厕所提档升级,完成升级',
        '— 2 —',
        '序号',
        '建设领域',
        '工作任务',
        '牵头单位',
        '责任单位',
        '完成时限',
        '40座,同步开放夜间服务',
        '市城管局',
        '市住建局',
        '2025年9月底前',
      ].join('\n'),
    });
    const second = plan.tasks[1]!;
    expect(second.text).toContain('完成升级40座,同步开放夜间服务');
    expect(second.text).not.toContain('序号');
    expect([second.lead, second.participants, second.due]).toEqual([['市城管局'], ['市住建局'], ['2025-09-30']]);
  });
});
