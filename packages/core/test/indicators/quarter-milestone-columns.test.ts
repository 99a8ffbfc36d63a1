import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/index.js';

const html = `<html><body><h1>某县2026年十件民生实事项目推进计划表</h1><table>
<tr><th rowspan="2">序号</th><th rowspan="2">项目名称</th><th rowspan="2">年度目标</th><th rowspan="2">牵头单位</th><th colspan="4">进度安排</th><th rowspan="2">完成时限</th></tr>
<tr><th>一季度</th><th>二季度</th><th>三季度</th><th>四季度</th></tr>
<tr><td>1</td><td>老年助餐扩面</td><td>新增老年食堂(助餐点)15个</td><td>县民政局</td><td>完成选址</td><td>建成6个</td><td>建成12个</td><td>全部建成</td><td>2026年12月底</td></tr>
<tr><td>2</td><td>技能培训就业</td><td>开展职业技能培训2000人次</td><td>县人社局</td><td>培训500人次</td><td>培训1000人次</td><td>培训1500人次</td><td>培训2000人次</td><td>2026年12月底</td></tr>
</table></body></html>`;

describe('quarter columns under 进度安排 in a real table', () => {
  it('are milestones: no words of the duty and no targets of their own', async () => {
    const plan = await parsePlan({ text: html, fileName: 'a.html' });
    expect(plan.tasks.map((t) => t.text)).toEqual(['老年助餐扩面\n新增老年食堂(助餐点)15个', '技能培训就业\n开展职业技能培训2000人次']);
    expect(plan.indicators.map((i) => [i.target, i.unit, i.due])).toEqual([
      [15, '个', '2026-12-31'],
      [2000, '人次', '2026-12-31'],
    ]);
  });
});
