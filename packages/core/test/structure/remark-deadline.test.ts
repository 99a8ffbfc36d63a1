import { describe, expect, it } from 'vitest';
import { parsePlan } from '@duban/core';

describe('a remarks column with no deadline column', () => {
  it('gives a row its deadline when the remark is a closing date, and nothing when it is a note', async () => {
    const plan = await parsePlan({
      text: [
        '某县2025年民生实事推进情况表',
        '序号\t民生项目\t年度目标\t牵头单位\t备注',
        '1\t道路提升\t改造背街小巷8条\t县住建局\t9月底前完成',
        '2\t托育服务\t新增托位200个\t县卫健局\t3月已开工2处',
        '3\t全民健身\t新建健身广场4个\t县体育局\t',
      ].join('\n'),
    });
    expect(plan.tasks.map((t) => t.due)).toEqual([['2025-09-30'], [], []]);
  });
});

describe('an open-ended time frame that closes the duty before its attribution', () => {
  it('stays the time frame when a closing remark of the plan is read into the last item', async () => {
    const plan = await parsePlan({
      text: [
        '某市2025年安全生产重点工作分工',
        '一、防范重大风险',
        '1.开展燃气管道隐患排查整治,全年持续推进。(责任单位:市住建局、市应急管理局)',
        '2.推进建筑工地“智慧监管”全覆盖,做好汛期安全检查。(责任单位:市住建局)',
        '  各单位要于每月5日前报送上月工作进展。',
        '3.整治消防通道占用问题,全年持续推进。(责任单位:市消防救援支队)',
        '  各单位要于每季度末报送工作进展,确保各项任务落地见效。',
      ].join('\n'),
    });
    expect(plan.tasks.map((t) => t.ongoing)).toEqual([true, false, true]);
  });
});

describe('a closing request of the plan read into its last item', () => {
  it('gives none of its dates to an item whose attribution closes the line before it', async () => {
    const plan = await parsePlan({
      text: [
        '某区2025年民生实事督查情况通报',
        '三、整改要求',
        '1.加快菜市场改造。8月底前完成主体改造。(责任单位:区商务局;完成时限:8月底前)',
        '2.严格跟踪问效。区督查室对通报问题实行销号管理。(责任单位:区督查室;完成时限:长期坚持)',
        '请各责任单位于7月15日前将整改方案报区督查室。',
      ].join('\n'),
    });
    expect(plan.tasks.map((t) => [t.number, t.due, t.ongoing])).toEqual([
      ['1', ['2025-08-31'], false],
      ['2', [], true],
    ]);
  });

  it('does not run a whole time-limit line on into the sentence after it', async () => {
    const plan = await parsePlan({
      text: [
        '某市2025年民生实事实施方案',
        '一、托育服务扩容',
        '新增普惠托位600个。',
        '牵头单位:市卫生健康委',
        '完成时限:2025年9月底前',
        '二、社会救助提标',
        '提高城乡低保标准,按月足额发放救助金。',
        '牵头单位:市民政局',
        '完成时限:2025年6月底前',
        '各牵头单位每月10日前向市政府督查室报送进展情况。',
      ].join('\n'),
    });
    expect(plan.tasks.map((t) => [t.number, t.due, t.ongoing])).toEqual([
      ['一', ['2025-09-30'], false],
      ['二', ['2025-06-30'], false],
    ]);
  });
  it('ends the paragraph of a line that closes on a whole time limit after its other labels', async () => {
    const plan = await parsePlan({
      text: [
        '某市2025年营商环境重点任务清单',
        '1.压缩企业开办时间。全流程时间压缩至1个工作日。牵头单位:市市场监管局;完成时限:2025年6月底前',
        '2.开展涉企收费整治。对公用事业收费开展专项检查。牵头单位:市发展改革委;完成时限:2025年12月底前',
        '各县区结合实际制定本地清单,于3月底前报市营商办备案。',
      ].join('\n'),
    });
    expect(plan.tasks.map((t) => [t.number, t.due])).toEqual([
      ['1', ['2025-06-30']],
      ['2', ['2025-12-31']],
    ]);
  });
});
