import { describe, expect, it } from 'vitest';
import { parsePlan } from '@duban/core';

const html = `<html><body>
<table class="info"><tr><td>索引号:</td><td>11330211-2/2024-00031</td><td>发布机构:</td><td>溪口县卫生健康局</td></tr>
<tr><td>文号:</td><td>溪卫发〔2024〕6号</td><td>成文日期:</td><td>2024-03-12</td></tr></table>
<h1>溪口县2024年健康促进工作要点</h1>
<p>一、重点任务</p>
<p>1.开展健康素养促进行动。全年举办健康讲座不少于30场(县卫健局牵头,县教育局配合)。</p>
<p>2.推进无烟单位建设。新建无烟单位20家(县爱卫办负责)。</p>
</body></html>`;

describe('publication metadata table on a government page', () => {
  it('gives no tasks, while the plan body still does', async () => {
    const plan = await parsePlan({ bytes: new TextEncoder().encode(html), fileName: 'page.html' });
    expect(plan.tasks.map((t) => t.title)).toEqual(['开展健康素养促进行动', '推进无烟单位建设']);
    expect(plan.tasks.some((t) => /索引号|发布机构/.test(t.text))).toBe(false);
  });

  it('also when each cell holds its label and value together', async () => {
    const page = html.replace(
      /<table class="info">[\s\S]*?<\/table>/,
      '<table><tr><td>索引号:11330211-2/2024-00031</td><td>发布机构:溪口县卫生健康局</td></tr><tr><td>文号:溪卫发〔2024〕6号</td><td>成文日期:2024-03-12</td></tr></table>',
    );
    const plan = await parsePlan({ bytes: new TextEncoder().encode(page), fileName: 'page.html' });
    expect(plan.tasks.map((t) => t.title)).toEqual(['开展健康素养促进行动', '推进无烟单位建设']);
  });
});
