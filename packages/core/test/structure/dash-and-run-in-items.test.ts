import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/index.js';

type Plan = Awaited<ReturnType<typeof parsePlan>>;
const roles = (plan: Plan) => plan.tasks.map((t) => [t.number, t.lead, t.participants, t.due, t.ongoing]);

describe('attributions written after a dash', () => {
  it('reads labelled fields, verb forms and bare unit lists after ——, values broken onto the next line', async () => {
    const plan = await parsePlan({
      text: [
        '某市2026年慢病防治工作要点',
        '一、健全工作机制',
        '(一)修订三个专项方案,6月底前印发实施。——牵头单位:',
        '市卫生健康委;配合单位:市疾控中心',
        '(二)开展高危人群筛查,全年筛查2万人以上。——牵头单位:市卫生健康委;配合单',
        '位:市医保局',
        '(三)落实门诊用药保障机制。——市医保局牵头,市卫生健康委配合',
        '(四)规范农贸市场,落实病媒防制——某镇人民政府、县市场监管局',
        '(五)建立信息共享平台。——县卫生健康局牵头,县疾控中心配合;2026年11月底前完成。',
        '(六)开展主题宣传,全年持续推进。——牵头单位:市委宣传部;配合单位:市卫生健康委',
        '、市广播电视台',
        '',
        '— 2 —',
        '',
        '【打印】【关闭】',
      ].join('\n'),
    });
    expect(roles(plan)).toEqual([
      ['(一)', ['市卫生健康委'], ['市疾控中心'], ['2026-06-30'], false],
      ['(二)', ['市卫生健康委'], ['市医保局'], [], false],
      ['(三)', ['市医保局'], ['市卫生健康委'], [], false],
      ['(四)', ['某镇人民政府'], ['县市场监管局'], [], false],
      ['(五)', ['县卫生健康局'], ['县疾控中心'], ['2026-11-30'], false],
      ['(六)', ['市委宣传部'], ['市卫生健康委', '市广播电视台'], [], true],
    ]);
  });

  it('splits an item at its second attribution when that one says 负责 … 指导', async () => {
    const plan = await parsePlan({
      text: [
        '某省2026年心理健康工作要点',
        '一、健全服务体系',
        '(一)推动每个市州设立精神科,6月底前完成评估。(省卫生健康委负责)推动县级医院开设心理门诊。(各市州人民政府负责,省卫生健康委指导)',
      ].join('\n'),
    });
    expect(roles(plan)).toEqual([
      ['(一)', ['省卫生健康委'], [], ['2026-06-30'], false],
      ['(一)', ['各市州人民政府'], ['省卫生健康委'], [], false],
    ]);
  });
});

describe('items run into the line of the item before them', () => {
  it('cuts a heading from its first item, a bare number from its first sub-item, and the next item after a full stop', async () => {
    const plan = await parsePlan({
      text: [
        '某市2026年爱国卫生工作要点',
        '一、巩固卫生创建',
        '(一)做好复审迎检。1.组织对卫生乡镇开展抽查复核,10月底前完成。(市爱卫办牵头,各区爱卫会负责)',
        '2.指导两市做好复审准备工作。(市爱卫办负责)',
        '二、病媒生物防制',
        '(一)实施综合防制。',
        '1.(1)开展春季灭鼠统一行动,4月组织一次集中行动。(市爱卫办牵头,市疾控中心配合)',
        '(2)加强重点场所病媒防制,①农贸市场防蝇防鼠设施合格率达到95%以上【市市场监管局】;②建筑工地孳生地清理【市住建局、市城管局】。',
        '2.开展病媒生物监测,每月报送监测数据。(市疾控中心负责)',
        '三、工作要求',
        '(一)各区要制定具体方案,于5月底前报市爱卫办。',
        '(二)市爱卫办将该项工作纳入年度考核。(三)各责任单位于11月20日前报送工作总结。',
      ].join('\n'),
    });
    expect(plan.tasks.map((t) => [t.number, t.lead, t.participants, t.due])).toEqual([
      ['1', ['市爱卫办'], ['各区爱卫会'], ['2026-10-31']],
      ['2', ['市爱卫办'], [], []],
      ['(1)', ['市爱卫办'], ['市疾控中心'], []],
      ['①', ['市市场监管局'], [], []],
      ['②', ['市住建局'], ['市城管局'], []],
      ['2', ['市疾控中心'], [], []],
      ['(一)', [], [], ['2026-05-31']],
      ['(二)', [], [], []],
      ['(三)', [], [], ['2026-11-20']],
    ]);
  });

  it('leaves a whole plan run into one 一、…。二、… line as it is', async () => {
    const plan = await parsePlan({
      text: ['某县2026年工作方案', '一、主要目标到2026年,建成中医馆10个。二、重点任务推进中医馆建设,年底前完成。(县卫健局负责)'].join('\n'),
    });
    expect(plan.tasks.map((t) => t.number)).toEqual(['一']);
  });
});

describe('group tails and pointers', () => {
  it('reads 以上工作(X、Y按职责分工负责,持续推进) after an inline list for every item', async () => {
    const plan = await parsePlan({
      text: [
        '某市2026年安全生产重点任务分工',
        '一、强化责任落实',
        '1.落实企业主体责任。(1)推动企业负责人每季度带队开展隐患排查;(2)组织企业开展标准化建设。以上工作(市应急管理局、市住建局按职责分工负责,持续推进)',
      ].join('\n'),
    });
    expect(plan.tasks.map((t) => [t.number, t.lead, t.separateLeads, t.ongoing])).toEqual([
      ['(1)', ['市应急管理局', '市住建局'], true, true],
      ['(2)', ['市应急管理局', '市住建局'], true, true],
    ]);
  });

  it('reads no duty from a heading that only points to an attachment', async () => {
    const plan = await parsePlan({
      text: [
        '某市督查室关于重点事项推进情况的通报',
        '一、进展情况',
        '详见附件。',
        '二、下步要求',
        '(一)责任单位于10月31日前制定赶超措施。(市发展改革委负责)',
      ].join('\n'),
    });
    expect(plan.tasks.map((t) => t.number)).toEqual(['(一)']);
  });

  it('keeps the fields after a 联系人 line inside a labelled item', async () => {
    const plan = await parsePlan({
      text: [
        '某市2026年民生实事进展',
        '一、燃气管道更新改造。更新改造老旧燃气管道30公里。',
        '牵头单位:市住建局',
        '责任单位:市燃气公司',
        '联系人:某某  13900000000',
        '完成时限:三季度末',
        '进展情况:已完成改造20公里。',
      ].join('\n'),
    });
    expect(roles(plan)).toEqual([['一', ['市住建局'], ['市燃气公司'], ['2026-09-30'], false]]);
  });
});

describe('attributions inside the sentence and widened labels', () => {
  it('reads ",由X牵头,Y配合," in the clauses of the duty and 配合处室(单位): as a participant label', async () => {
    const plan = await parsePlan({
      text: [
        '某县2026年妇幼健康工作要点',
        '一、母婴安全',
        '1.落实母婴安全制度,由县妇幼保健中心牵头,县人民医院、县中医医院配合,每季度开展一次评审。',
        '2.推进参保数据比对,动态清理重复参保。(牵头处室:待遇保障处;配合处室(单位):规划财务处、各市医疗保障局)',
      ].join('\n'),
    });
    expect(plan.tasks.map((t) => [t.number, t.lead, t.participants])).toEqual([
      ['1', ['县妇幼保健中心'], ['县人民医院', '县中医医院']],
      ['2', ['待遇保障处'], ['规划财务处', '各市医疗保障局']],
    ]);
  });
});
