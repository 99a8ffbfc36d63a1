import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/index.js';

describe('`|` tables copied with one cell per line', () => {
  it('reads header cells then rows by the header count and the row numbers', async () => {
    const plan = await parsePlan({
      text: [
        '2025年园区重点工作责任清单',
        '序号 |',
        '重点工作 |',
        '责任领导 |',
        '责任单位 |',
        '完成时限 |',
        '1 |',
        '优化项目服务机制,力争全年引进企业12家。 |',
        '王明 |',
        '招商服务部、企业服务部 |',
        '全年 |',
        '2 |',
        '推进闲置厂房改造,盘活闲置厂房300亩。 |',
        '李强 |',
        '改革办 |',
        '2025年9月底 |',
      ].join('\n'),
    });
    expect(plan.tasks.map((t) => [t.number, t.lead, t.participants, t.due])).toEqual([
      ['1', ['招商服务部'], ['企业服务部'], []],
      ['2', ['改革办'], [], ['2025-09-30']],
    ]);
    expect(plan.indicators.map((i) => [i.target, i.unit])).toEqual([
      [12, '家'],
      [300, '亩'],
    ]);
  });

  it('takes lone `|` lines for row borders, a place column for no units, and a cut last cell at the end', async () => {
    const plan = await parsePlan({
      text: [
        '附件:',
        '|',
        '某县2024年民生实事项目清单 |',
        '||||',
        '|',
        '序号 |',
        '项目名称 |',
        '建设地点 |',
        '建设时间 |',
        '建设内容 |',
        '责任单位 |',
        '|',
        '1 |',
        '乡村道路提升工程 |',
        '东山镇、西河镇 |',
        '2024 |',
        '新建乡村道路12公里。 |',
        '交通局 |',
        '|',
        '2 |',
        '社区食堂建设项目 |',
        '城关街道 |',
        '2024 |',
        '新建社区食堂3个,改造老旧食堂',
      ].join('\n'),
    });
    expect(plan.tasks.map((t) => [t.number, t.lead, t.participants, t.due])).toEqual([
      ['1', ['交通局'], [], ['2024-12-31']],
      ['2', [], [], ['2024-12-31']],
    ]);
    expect(plan.tasks[1]!.text).toContain('新建社区食堂3个');
  });
});
