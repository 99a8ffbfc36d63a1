import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/index.js';

type Plan = Awaited<ReturnType<typeof parsePlan>>;
const roles = (plan: Plan) => plan.tasks.map((t) => [t.lead, t.participants]);
const html = (body: string) => `<html><body><p>某县2025年重点工作任务清单</p>${body}</body></html>`;

describe('role columns of ledger tables', () => {
  it('reads a two-row header whose label words are split over its rows (牵头 / 单位)', async () => {
    const plan = await parsePlan({
      fileName: 'p.html',
      text: html(`<table>
<tr><th rowspan="2">序号</th><th rowspan="2">工作任务</th><th>牵头</th><th>配合</th><th rowspan="2">完成时限</th></tr>
<tr><th>单位</th><th>部门</th></tr>
<tr><td>1</td><td>修订监管责任清单,明确新兴领域责任</td><td>县司法局、县市场监管局</td><td>县委编办</td><td>2025年6月底</td></tr>
<tr><td>2</td><td>开展校园周边专项整治</td><td>县教育局</td><td>县公安局、县城管局</td><td>持续推进</td></tr>
</table>`),
    });
    expect(roles(plan)).toEqual([
      [['县司法局', '县市场监管局'], ['县委编办']],
      [['县教育局'], ['县公安局', '县城管局']],
    ]);
  });

  it('takes participants from a remark cell that only lists units closed by 配合 / 参与', async () => {
    const plan = await parsePlan({
      fileName: 'p.html',
      text: html(`<table>
<tr><td>序号</td><td>项目名称</td><td>责任单位</td><td>时间节点</td><td>备注</td></tr>
<tr><td>1</td><td>农村饮水安全巩固提升</td><td>县水利局</td><td>2025年9月底</td><td>甲镇人民政府、乙镇人民政府配合</td></tr>
<tr><td>2</td><td>城区公交线路优化</td><td>县交通运输局</td><td>2025年5月底</td><td>某市公共交通有限公司负责运营</td></tr>
<tr><td>3</td><td>老旧小区改造</td><td>县住建局</td><td>2025年11月底</td><td>秋季完工</td></tr>
</table>`),
    });
    expect(roles(plan)).toEqual([
      [['县水利局'], ['甲镇人民政府', '乙镇人民政府']],
      [['县交通运输局'], []],
      [['县住建局'], []],
    ]);
  });

  it('drops a totals row (合计) at the foot of a project table', async () => {
    const plan = await parsePlan({
      fileName: 'p.html',
      text: html(`<table>
<tr><td>序号</td><td>项目名称</td><td>年度投资(万元)</td><td>责任单位</td><td>时间节点</td></tr>
<tr><td>1</td><td>新建幼儿园一所</td><td>2600</td><td>县教育局</td><td>2025年8月底</td></tr>
<tr><td></td><td>合计</td><td>2600</td><td></td><td></td></tr>
</table>`),
    });
    expect(plan.tasks.map((t) => t.text)).toEqual([expect.stringContaining('新建幼儿园一所')]);
  });

  it('applies a first-unit-leads note written under the table to its lone 主体责任单位 column', async () => {
    const table = `<table>
<tr><td>序号</td><td>项目名称</td><td>主体责任单位</td><td>时间节点</td></tr>
<tr><td>1</td><td>标准厂房建设</td><td>县开发区管委会、县住建局</td><td>2025年4月底前</td></tr>
<tr><td>2</td><td>第二水厂扩建</td><td>县水务局</td><td>2025年11月</td></tr>
</table>`;
    const noted = await parsePlan({ fileName: 'p.html', text: html(`${table}<p>注:主体责任单位栏中排在第一位的为牵头单位。</p>`) });
    expect(roles(noted)).toEqual([
      [['县开发区管委会'], ['县住建局']],
      [['县水务局'], []],
    ]);
    // Without the note, every unit of the 主体责任单位 slot leads.
    const plain = await parsePlan({ fileName: 'p.html', text: html(table) });
    expect(roles(plain)[0]).toEqual([['县开发区管委会', '县住建局'], []]);
  });

  it('never turns an explicit 牵头单位 column into a list under such a note', async () => {
    const plan = await parsePlan({
      fileName: 'p.html',
      text: html(`<table>
<tr><td>序号</td><td>工作任务</td><td>牵头单位</td><td>完成时限</td></tr>
<tr><td>1</td><td>推进医联体建设</td><td>县卫健局、县医保局</td><td>2025年12月</td></tr>
</table><p>注:责任单位栏中排在第一位的为牵头单位。</p>`),
    });
    expect(roles(plan)).toEqual([[['县卫健局', '县医保局'], []]]);
  });

  it('joins a 责任单位 list that a | row runs over two cells', async () => {
    const plan = await parsePlan({
      text: [
        '某县2025年政务公开工作要点任务台账',
        '序号|工作任务|责任单位|完成时限|',
        '|---|---|---|---|',
        '1|集中发布惠企政策|县发展和改革局|县工业和信息化局、县财政局|2025年6月底|',
        '2|规范依申请公开答复|县政府办公室|县司法局|2025年12月|',
        '3|公开预决算|县财政局|2025年9月|',
      ].join('\n'),
    });
    expect(plan.tasks.map((t) => [t.lead, t.participants, t.due])).toEqual([
      [['县发展和改革局'], ['县工业和信息化局', '县财政局'], ['2025-06-30']],
      [['县政府办公室'], ['县司法局'], ['2025-12-31']],
      [['县财政局'], [], ['2025-09-30']],
    ]);
  });

  it('reads a | table whose second header row completes the role labels, without losing the duty column', async () => {
    const plan = await parsePlan({
      text: [
        '某县2025年重点任务清单',
        '|序号|工作任务|牵头|责任|完成时限|',
        '| | |单位|单位| |',
        '|1|修订县级部门安全生产权力和责任清单|县安委办|县委编办、县直各有关部门|2025年5月底|',
        '|2|对各乡镇开展安全生产巡查,每季度通报结果|县应急管理局|各乡镇人民政府|每季度|',
      ].join('\n'),
    });
    expect(plan.tasks.map((t) => [t.text.slice(0, 4), t.lead, t.participants])).toEqual([
      ['修订县级', ['县安委办'], ['县委编办', '县直各有关部门']],
      ['对各乡镇', ['县应急管理局'], ['各乡镇人民政府']],
    ]);
  });
});
