import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/index.js';

const html = (rows: string) =>
  `<html><body><p>某县2026年慢病防治任务分工表</p><table>
<tr><td>序号</td><td>工作任务</td><td>牵头单位</td><td>配合单位</td><td>完成时限</td></tr>
${rows}
</table></body></html>`;

const tasks = async (rows: string) =>
  (await parsePlan({ fileName: 'p.html', text: html(rows) })).tasks.map((t) => [t.number, t.text, t.lead, t.participants, t.due]);

describe('a table row whose cells wrapped onto rows of their own', () => {
  it('joins the wrapped lines back onto the numbered row when its cells stop inside a name or a quotation', async () => {
    expect(
      await tasks(`<tr><td>1</td><td>落实患者“以奖</td><td>县委政法</td><td>县公安局、县</td><td>2026年11月底前</td></tr>
<tr><td></td><td>代补”监护政策</td><td>委、县卫健局</td><td>民政局</td><td></td></tr>
<tr><td>2</td><td>开展筛查3000人</td><td>县卫健局</td><td>县疾控中心</td><td>2026年9月底前</td></tr>`),
    ).toEqual([
      ['1', '落实患者“以奖代补”监护政策', ['县委政法委', '县卫健局'], ['县公安局', '县民政局'], ['2026-11-30']],
      ['2', '开展筛查3000人', ['县卫健局'], ['县疾控中心'], ['2026-09-30']],
    ]);
  });

  it('keeps an unnumbered row of its own when the row above is whole', async () => {
    const read = await tasks(`<tr><td>1</td><td>建设健康步道2条</td><td>县住建局</td><td>县体育局</td><td>2026年10月底前</td></tr>
<tr><td></td><td>建设健康主题公园1个</td><td>县住建局</td><td>县卫健局</td><td></td></tr>`);
    expect(read.map((r) => r[1])).toEqual(['建设健康步道2条', '建设健康主题公园1个']);
  });
});
