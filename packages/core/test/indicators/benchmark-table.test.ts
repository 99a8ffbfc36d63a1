import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/index.js';

const html = `<html><body><h1>某市2026年营商环境对标提升清单</h1><table>
<tr><th>序号</th><th>指标</th><th>对标对象</th><th>现状</th><th>提升目标</th><th>具体举措</th><th>牵头单位</th><th>完成时限</th></tr>
<tr><td>1</td><td>开办企业</td><td>厦门市</td><td>1个工作日</td><td>0.5个工作日以内</td><td>推行企业开办“一网通办”</td><td>市市场监管局</td><td>2026年6月底前</td></tr>
<tr><td>2</td><td>获得电力</td><td>泉州市</td><td>低压小微企业接电2个工作日</td><td>压缩至1个工作日</td><td>推行用电报装“零上门”服务</td><td>市供电公司</td><td>2026年9月底前</td></tr>
<tr><td>3</td><td>政务服务</td><td>晋江市</td><td>网上可办率92%</td><td>98%以上</td><td>推进高频事项“一件事一次办”</td><td>市行政服务中心</td><td>2026年10月底前</td></tr>
<tr><td>4</td><td>纳税</td><td>厦门市</td><td>—</td><td>—</td><td>推广“非接触式”办税缴费</td><td>市税务局</td><td>每季度</td></tr>
</table></body></html>`;

describe('a benchmark table: 指标 | 现状 | 提升目标 beside the duty', () => {
  it("reads each row's target under its measure, with the present value as baseline and the row's deadline", async () => {
    const plan = await parsePlan({ text: html, fileName: 'a.html' });
    expect(plan.indicators.map((i) => [i.name, i.baseline, i.target, i.unit, i.comparator, i.due])).toEqual([
      ['开办企业', 1, 0.5, '个工作日', '<=', '2026-06-30'],
      ['获得电力', 2, 1, '个工作日', '<=', '2026-09-30'],
      ['政务服务', 92, 98, '%', '>=', '2026-10-31'],
    ]);
    // The duty keeps its own words; the measure's cells are not read as part of it.
    expect(plan.tasks.map((t) => t.text.split('\n').at(-1))).toEqual([
      '推行企业开办“一网通办”',
      '推行用电报装“零上门”服务',
      '推进高频事项“一件事一次办”',
      '推广“非接触式”办税缴费',
    ]);
  });
});
