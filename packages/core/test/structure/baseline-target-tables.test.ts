import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/index.js';

const rowsOf = (plan: Awaited<ReturnType<typeof parsePlan>>) =>
  plan.indicators.map((i) => [i.name, i.baseline, i.target, i.unit, i.comparator]);

describe('a target table headed 基线值(year) / 目标值(year)', () => {
  it('reads a table flattened one cell per line as targets, and the numbered duties after it as tasks', async () => {
    const plan = await parsePlan({
      text: [
        '某区2026年全民健身工作计划',
        '一、主要指标',
        '序号',
        '指标',
        '单位',
        '基线值(2025年)',
        '目标值(2026年)',
        '责任部门',
        '1',
        '人均体育场地面积',
        '平方米',
        '2.6',
        '≥2.8',
        '区体育局',
        '2',
        '国民体质监测合格率',
        '%',
        '91.5',
        '92',
        '区体育局',
        '二、重点任务',
        '(一)完善健身设施',
        '1.新建社区健身点12个。(责任部门:区体育局;配合部门:各镇)',
        '2.改造提升体育公园2个。(责任部门:区绿化市容局)',
        '三、工作要求',
        '各部门按季度报送进展。',
      ].join('\n'),
    });
    expect(rowsOf(plan)).toContainEqual(['人均体育场地面积', 2.6, 2.8, '平方米', '>=']);
    expect(rowsOf(plan)).toContainEqual(['国民体质监测合格率', 91.5, 92, '%', '=']);
    const tasks = plan.tasks.filter((t) => t.kind === 'task');
    expect(tasks.map((t) => [t.number, t.lead])).toEqual([
      ['1', ['区体育局']],
      ['2', ['区绿化市容局']],
    ]);
  });

  it('reads a table aligned with spaces whose header years sit on a second line, under a 附表 caption', async () => {
    const plan = await parsePlan({
      text: [
        '某市2026年食品安全工作要点',
        '一、年度指标',
        '附表1',
        '序号   指标名称                      基线值        目标值        牵头部门',
        '                                     (2025年)     (2026年)',
        '1      食品抽检量(批次/千人)        4.2           ≥4.5          市市场监管局',
        '2      学生营养不良率(%)            6.1           <6            市卫生健康局',
        '二、重点任务',
        '1.开展校园食品安全专项检查,9月底前完成。(市市场监管局牵头,市教育局配合)',
      ].join('\n'),
    });
    expect(rowsOf(plan)).toContainEqual(['食品抽检量', 4.2, 4.5, '批次/千人', '>=']);
    expect(rowsOf(plan)).toContainEqual(['学生营养不良率', 6.1, 6, '%', '<=']);
    // The heading over the captioned table is the table's, not a duty of its own.
    expect(plan.tasks.map((t) => t.number)).toEqual(['1']);
  });
});

describe('a target table headed with the baseline year first (2025年基线 / 2026年目标)', () => {
  it('reads it one cell per line', async () => {
    const plan = await parsePlan({
      text: [
        '某县2026年卫生健康工作要点',
        '一、主要指标',
        '指标名称',
        '2025年基线',
        '2026年目标',
        '孕产妇系统管理率(%)',
        '90.5',
        '≥92',
        '二、重点任务',
        '1.开展孕产妇健康管理服务,年底前完成。(县卫健局牵头)',
      ].join('\n'),
    });
    expect(rowsOf(plan)).toContainEqual(['孕产妇系统管理率', 90.5, 92, '%', '>=']);
    expect(plan.tasks.map((t) => t.number)).toEqual(['1']);
  });
});

describe('two | tables one after the other', () => {
  it('ends the target table at the heading before the task table, so the task rows are read', async () => {
    const plan = await parsePlan({
      text: [
        '某市2026年健康县区复审工作任务分工',
        '一、主要指标',
        '| 指标名称 | 2025年现状值 | 2026年目标值 |',
        '| 居民健康素养水平 | 26% | ≥28% |',
        '| 高血压患者规范管理率 | 64% | ≥68% |',
        '二、重点任务分工',
        '| 序号 | 工作任务 | 责任单位 | 完成时限 |',
        '| 1 | 建设健康步道3条 | 市住建局牵头,市体育局配合 | 9月底前 |',
        '| 2 | 开展慢病筛查3000人 | 市卫健委 | 11月底前 |',
      ].join('\n'),
    });
    expect(plan.tasks.map((t) => [t.number, t.lead, t.due])).toEqual([
      ['1', ['市住建局'], ['2026-09-30']],
      ['2', ['市卫健委'], ['2026-11-30']],
    ]);
    expect(rowsOf(plan)).toContainEqual(['居民健康素养水平', 26, 28, '%', '>=']);
  });

  it('starts the task table at its header even with no heading between the two', async () => {
    const plan = await parsePlan({
      text: [
        '某市2026年健康县区复审工作任务分工',
        '| 指标名称 | 2025年现状值 | 2026年目标值 |',
        '| 居民健康素养水平 | 26% | ≥28% |',
        '| 序号 | 工作任务 | 责任单位 | 完成时限 |',
        '| 1 | 建设健康步道3条 | 市住建局牵头,市体育局配合 | 9月底前 |',
      ].join('\n'),
    });
    expect(plan.tasks.map((t) => [t.number, t.lead, t.due])).toEqual([['1', ['市住建局'], ['2026-09-30']]]);
    expect(rowsOf(plan)).toContainEqual(['居民健康素养水平', 26, 28, '%', '>=']);
  });
});
