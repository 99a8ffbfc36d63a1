import { describe, expect, it } from 'vitest';
import { extractIndicators } from '../../src/extract/indicators/extract-indicators.js';
import { leadInDue } from '../../src/extract/indicators/lead-in-due.js';
import { isStageMilestone } from '../../src/extract/indicators/stage-milestone.js';
import { parsePlan } from '../../src/index.js';

const read = (text: string, annual = true) =>
  extractIndicators(text, 0, { planYear: 2026, annual, line: 1 }).map((i) => [i.target, i.unit, i.comparator]);

describe('a goal heading whose lead-in "到YYYY年," stands above one goal per line', () => {
  it('gives the lead-in year to every goal line under it', async () => {
    const plan = await parsePlan({
      text: [
        '某县慢性病防治攻坚行动方案(2026—2029年)',
        '一、工作目标',
        '    到2029年,',
        '脑卒中死亡率下降至100/10万以下;',
        '慢阻肺患者规范管理率达到60%;',
        '学生体质达标率每年提高1个百分点以上。',
        '二、重点任务',
        '    1.加强筛查。每年筛查不少于3000人。(县卫生健康局)',
      ].join('\n'),
    });
    const dues = Object.fromEntries(plan.indicators.map((i) => [i.target, i.due]));
    expect(dues[100]).toBe('2029-12-31');
    expect(dues[60]).toBe('2029-12-31');
    expect(dues[1]).toBe('2029-12-31');
    // A duty's target is not reached by the goals' lead-in.
    expect(dues[3000]).toBeNull();
  });
  it('reads a lead-in only where it opens the paragraph', () => {
    expect(leadInDue('到2028年,', null)).toBe('2028-12-31');
    expect(leadInDue('二、主要目标到2030年底,全市主要指标如下:', null)).toBe('2030-12-31');
    expect(leadInDue('居民健康素养水平到2025年达到30%;', null)).toBeNull();
    expect(leadInDue('2025年,居民健康素养水平达到30%;', null)).toBeNull();
  });
});

describe('a task table with a 目标值 column', () => {
  it('reads the value cell as the row target, due at its 时间节点', async () => {
    const plan = await parsePlan({
      text: [
        '某市2026年健康城市建设工作计划',
        '一、量化任务',
        '序号\t任务\t目标值\t责任单位\t时间节点',
        '1\t新建城市书房\t≥6家\t市文化局、市财政局\t2026年9月',
        '2\t公交车辆更新为新能源车\t100%\t市交通局\t2026年8月',
        '二、工作要求',
        '(一)各单位建立工作台账。',
      ].join('\n'),
    });
    const got = plan.indicators.map((i) => [i.target, i.unit, i.comparator, i.due]);
    expect(got).toContainEqual([6, '家', '>=', '2026-09-30']);
    expect(got).toContainEqual([100, '%', '=', '2026-08-31']);
    expect(plan.indicators.find((i) => i.target === 6)?.text).toContain('新建城市书房');
  });
});

describe('a flattened task table with a 目标值 column', () => {
  it('reads the value cell as the row target and keeps it out of the duty', async () => {
    const plan = await parsePlan({
      text: [
        '某市2026年健康城市建设工作计划',
        '一、量化任务',
        ...['序号', '任务', '目标值', '责任单位', '时间节点'],
        ...['1', '新建城市书房', '≥6家', '市文化局、市财政局', '2026年9月'],
        ...['2', '公交车辆更新为新能源车', '100%', '市交通局', '2026年8月'],
        '二、工作要求',
        '(一)各单位建立工作台账。',
      ].join('\n'),
    });
    expect(plan.indicators.map((i) => [i.target, i.unit, i.comparator, i.due])).toEqual([
      [6, '家', '>=', '2026-09-30'],
      [100, '%', '=', '2026-08-31'],
    ]);
    expect(plan.tasks[0]?.text).toBe('新建城市书房');
  });
});

describe('a project table milestone that is a construction stage', () => {
  it('tells a stage from the completion of the work', () => {
    expect(isStageMilestone('4月底前完成一期厂房封顶')).toBe(true);
    expect(isStageMilestone('10月底前主体结构封顶')).toBe(true);
    expect(isStageMilestone('3月开工;9月主体完工;12月投产')).toBe(false);
    expect(isStageMilestone('2026年10月底前建成')).toBe(false);
    expect(isStageMilestone('2026年6月底前')).toBe(false);
    expect(isStageMilestone(null)).toBe(false);
  });
});

describe('measure words and comparators of the field batches', () => {
  it('reads 台套 and 万千瓦 as measure words', () => {
    expect(read('新增秸秆打包机械80台套。')).toEqual([[80, '台套', '=']]);
    expect(read('光伏装机规模突破60万千瓦。')).toEqual([[60, '万千瓦', '>=']]);
  });
  it('reads 压降 X个百分点 as a decrease and 改造提升 an amount as a level', () => {
    expect(read('压降企业贷款利率0.2个百分点。')).toEqual([[0.2, '个百分点', 'decrease_by']]);
    expect(read('改造提升中低产田30万亩。')).toEqual([[30, '万亩', '=']]);
  });
  it('drops an age that defines a population with a qualifier between', () => {
    expect(read('每年对40岁以上常住居民开展肺功能筛查。', false)).toEqual([]);
    expect(read('在35岁以上首诊患者中落实测血压制度。', false)).toEqual([]);
  });
  it('keeps a target after a duty verb 依法查处, and a 查处比例', () => {
    expect(read('依法查处无证经营行为,全年执法检查不少于500户次。')).toEqual([[500, '户次', '>=']]);
    expect(read('重点行业执法检查中重大隐患查处比例不低于20%。')).toEqual([[20, '%', '>=']]);
    // A bulletin's count of what was found is still no target.
    expect(read('共查处违法案件23起。')).toEqual([]);
  });
});

describe('a rectification item whose lead-in states its goal before the measures', () => {
  it('reads the 整改目标 line with the 整改时限 after it', async () => {
    const plan = await parsePlan({
      text: [
        '某县生态环境问题整改方案',
        '一、整改任务',
        '问题1:县城污水收集管网不完善。',
        '整改目标:县城生活污水集中收集率达到65%以上。',
        '整改时限:2026年9月底前',
        '牵头单位:县住房和城乡建设局',
        '整改措施:',
        '(1)完成雨污分流改造8公里;',
        '(2)建立进水浓度月度分析制度。',
        '二、保障措施',
        '(一)加强组织领导。',
      ].join('\n'),
    });
    const goal = plan.indicators.find((i) => i.target === 65);
    expect(goal && [goal.unit, goal.comparator, goal.due]).toEqual(['%', '>=', '2026-09-30']);
    expect(plan.indicators.filter((i) => i.target === 65)).toHaveLength(1);
  });
});
