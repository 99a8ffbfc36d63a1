import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/index.js';

const read = async (text: string) =>
  (await parsePlan({ text })).indicators.map((i) => ({ name: i.name, text: i.text, target: i.target, due: i.due }));

describe('a count whose clause repeats only the verb of the clause before', () => {
  it('takes the object of that clause as what is counted', async () => {
    const [ind] = await read('某县2025年食品安全工作要点\n一、任务\n1.推进乡镇集贸市场快检点规范化建设,完成建设12个。(县市场监管局)');
    expect(ind).toMatchObject({ name: '乡镇集贸市场快检点规范化建设', text: '推进乡镇集贸市场快检点规范化建设,完成建设12个', target: 12 });
  });

  it('leaves a clause that names its own object alone', async () => {
    const [ind] = await read('某县2025年食品安全工作要点\n一、任务\n1.推进市场规范化改造,完成改造摊位120个。(县市场监管局)');
    expect(ind).toMatchObject({ text: '完成改造摊位120个', target: 120 });
  });
});

describe('an amount per year before a later deadline', () => {
  it('keeps the year end: the later deadline closes the other work of its clause', async () => {
    const [ind] = await read(
      '某县2025年慢病防控工作要点\n一、任务\n1.县财政按常住人口每人每年不低于1.5元安排专项经费,4月底前拨付到位。(县财政局)',
    );
    expect(ind).toMatchObject({ target: 1.5, due: '2025-12-31' });
  });

  it('still gives a later deadline to a target that is not per year', async () => {
    const [ind] = await read('某县2025年慢病防控工作要点\n一、任务\n1.高血压患者随访率不低于80%,9月底前完成随访。(县卫生健康局)');
    expect(ind).toMatchObject({ target: 80, due: '2025-09-30' });
  });
});

describe('a count of the items a list names as the subject of a duty', () => {
  it('is no target', async () => {
    expect(
      await read('某县2025年一季度重点工作督查通报\n一、下步要求\n(一)城北污水泵站扩建、县妇幼保健院迁建2个滞后项目要加快进度。(县发改局)'),
    ).toEqual([]);
  });

  it('keeps a count that a work verb sets', async () => {
    const inds = await read('某县2025年教育工作要点\n一、任务\n1.新建城东小学、城西小学2所学校。(县教育局)');
    expect(inds.map((i) => i.target)).toEqual([2]);
  });
});

describe('a rectification ledger titled with the year it reviews', () => {
  it('gives no year end of that year to a target without a deadline of its own', async () => {
    const plan = await parsePlan({
      text: [
        '某市2024年度公共卫生项目评价反馈问题整改台账',
        '某市卫生健康委员会',
        '2025年3月5日',
        '一、整改任务',
        '1.推行家庭医生服务公示,签约居民履约率提高至60%。(市卫生健康委)',
      ].join('\n'),
    });
    expect(plan.indicators.map((i) => [i.target, i.due])).toEqual([[60, null]]);
  });
});
