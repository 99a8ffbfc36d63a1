import { describe, expect, it } from 'vitest';
import { parsePlan } from '@duban/core';

const HTML = `<html><body>
<h1>江北区健康城市建设2024年工作要点</h1>
<p>一、工作目标</p>
<p>到2024年底,全区居民健康素养水平由26%提高至28%,经常参加体育锻炼人数比例达到41%以上。</p>
<p>二、重点任务</p>
<p>1.推进健康细胞建设。新命名健康社区12个、健康企业6家(区卫生健康局、区总工会)</p>
<p>2.强化妇幼健康。孕产妇死亡率控制在10/10万以下,婴儿死亡率控制在4‰以下(区卫生健康局)</p>
<p>三、主要指标</p>
<table>
<tr><td>序号</td><td>指标名称</td><td>单位</td><td>基期值(2023年)</td><td>2024年目标</td><td>指标性质</td></tr>
<tr><td>1</td><td>二级以上医院预约诊疗率</td><td>%</td><td>55</td><td>≥60</td><td>预期性</td></tr>
<tr><td>2</td><td>健康步道总长度</td><td>公里</td><td>—</td><td>30</td><td>预期性</td></tr>
<tr><td>3</td><td>群众满意度</td><td>%</td><td>88</td><td>持续提升</td><td>预期性</td></tr>
</table>
</body></html>`;

describe('indicators through parsePlan', () => {
  it('collects prose targets from goals and tasks and one indicator per target cell of a real table', async () => {
    const plan = await parsePlan({ text: HTML, fileName: 'plan.html' });
    const got = plan.indicators.map((i) => [i.target, i.baseline, i.unit, i.comparator]);
    expect(got).toEqual(
      expect.arrayContaining([
        [28, 26, '%', '>='],
        [41, null, '%', '>='],
        [12, null, '个', '='],
        [6, null, '家', '='],
        [10, null, '/10万', '<='],
        [4, null, '‰', '<='],
        [60, 55, '%', '>='],
        [30, null, '公里', '='],
      ]),
    );
    expect(plan.indicators).toHaveLength(8);
    for (const i of plan.indicators) {
      expect(plan.source.text.slice(i.source.start, i.source.end)).toContain(String(i.target));
    }
    const table = plan.indicators.find((i) => i.target === 60);
    expect(table?.text).toContain('二级以上医院预约诊疗率');
    expect(table?.due).toBe('2024-12-31');
  });

  it('gives a goal list the deadline of its lead-in line', async () => {
    const text = [
      '某区创建慢性病综合防控示范区实施方案',
      '一、考核指标',
      '到2025年底,以下指标达到国家示范区标准:',
      '1.居民健康素养水平≥25%。',
      '2.重大慢性病过早死亡率低于15.5%。',
      '二、主要任务',
      '1.开展健康教育。组织健康讲座20场(区卫健局)',
    ].join('\n');
    const plan = await parsePlan({ text });
    const goals = plan.indicators.filter((i) => i.target === 25 || i.target === 15.5);
    expect(goals.map((g) => [g.target, g.comparator, g.due])).toEqual([
      [25, '>=', '2025-12-31'],
      [15.5, '<=', '2025-12-31'],
    ]);
  });
});
