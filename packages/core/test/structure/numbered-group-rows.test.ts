import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/index.js';

describe('a numbered group row above its sub-numbered rows', () => {
  it('heads the rows and is no duty', async () => {
    const plan = await parsePlan({
      text: [
        '某市示范区巩固提升2026年任务分解表',
        '序号\t工作内容\t责任单位\t配合单位\t完成时限',
        '1\t政策完善',
        '1.1\t将慢性病防控工作纳入市政府年度工作报告\t市政府办\t市卫生健康局\t2026年3月底前',
        '1.2\t足额安排慢性病综合防控专项经费\t市财政局\t市卫生健康局\t2026年6月底前',
        '2\t环境支持',
        '2.1\t新建健康步道2条、健康主题公园1个\t市住建局\t市卫生健康局\t2026年10月底前',
      ].join('\n'),
    });
    expect(plan.tasks.map((t) => [t.number, t.lead])).toEqual([
      ['1.1', ['市政府办']],
      ['1.2', ['市财政局']],
      ['2.1', ['市住建局']],
    ]);
  });
});

describe('a 标准对照 table with 一级指标 and 二级指标 columns', () => {
  it('finds its header row, so the header is no duty', async () => {
    const plan = await parsePlan({
      text: [
        '<html><body><p>某市2026年国家卫生城市复审问题整改任务分解表</p><table>',
        '<tr><td>一级指标</td><td>二级指标</td><td>标准要求</td><td>现状</td><td>差距</td><td>整改措施</td><td>牵头单位</td><td>责任单位</td><td>完成时限</td></tr>',
        '<tr><td>健康教育</td><td>健康促进</td><td>居民健康素养水平≥28%</td><td>26.4%</td><td>低1.6个百分点</td><td>开展健康素养巡讲</td><td>市卫生健康局</td><td>各区政府</td><td>2026年9月底前</td></tr>',
        '</table></body></html>',
      ].join(''),
      fileName: 'page.html',
    });
    expect(plan.tasks.map((t) => [t.lead, t.due])).toEqual([[['市卫生健康局'], ['2026-09-30']]]);
    expect(plan.indicators.map((i) => [i.baseline, i.target])).toEqual([[26.4, 28]]);
  });
});
