import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/index.js';

const tasksOf = async (text: string) =>
  (await parsePlan({ text })).tasks.map((t) => ({ text: t.text.split('\n')[0], lead: t.lead, participants: t.participants, due: t.due }));

describe('time limits on a line of their own', () => {
  it('a date line after an item closing on its attribution, or after a group sentence, is their deadline', async () => {
    const text = [
      '某县2025年全民健身工作要点',
      '一、完善健身设施',
      '(1)新建社区健身点10个。(牵头单位:县体育局 责任单位:各镇)',
      '2025年8月底前',
      '(2)开放学校运动场地。(牵头单位:县教育局)',
      '二、推广科学健身',
      '(1)举办健身讲座。',
      '(2)培训社会体育指导员。',
      '以上两项责任处室:群体科(牵头)、宣传科',
      '2025年10月底前',
      '(3)推广工间操(完成时限:2025年3月—5月)。',
    ].join('\n');
    const t = await tasksOf(text);
    expect(t.map((x) => x.due)).toEqual([['2025-08-31'], [], ['2025-10-31'], ['2025-10-31'], ['2025-05-31']]);
    expect(t[2]).toMatchObject({ lead: ['群体科'], participants: ['宣传科'] });
  });
});

describe('a time limit on its own line after a role line', () => {
  it('is not read into the role line, and a time frame there makes the item ongoing', async () => {
    const text = [
      '某区2025年优化营商环境重点任务清单',
      '一、提升政务服务效能',
      '1.推行企业开办一日办结,全流程时间压缩至1个工作日以内。',
      '责任单位:区市场监管局(牵头)、区税务局',
      '2025年6月底前',
      '2.落实公平竞争审查制度。',
      '责任单位:区市场监管局(牵头)、区司法局',
      '持续推进',
    ].join('\n');
    const plan = await parsePlan({ text });
    expect(plan.tasks.map((t) => [t.lead, t.participants, t.due, t.ongoing])).toEqual([
      [['区市场监管局'], ['区税务局'], ['2025-06-30'], false],
      [['区市场监管局'], ['区司法局'], [], true],
    ]);
  });
});

describe('owners written before the duty', () => {
  it('"X牵头,Y配合," opening the item and "X:" before the duty name the owners', async () => {
    const text = [
      '某区2025年慢病防治重点工作',
      '一、筛查干预',
      '1.区卫生健康委牵头,区医保局、区财政局配合,推进胸痛中心建设,6月底前完成。',
      '2.区卫生健康委牵头,各街道办事处按职责分工负责,全面落实首诊测血压制度。',
      '3.区生态环境局负责,区卫生健康委参与,开展空气质量与健康监测。',
      '4.区疾控中心:规范肿瘤登记报告工作。配合单位:区医保局。',
    ].join('\n');
    const t = await tasksOf(text);
    expect(t.map(({ lead, participants }) => ({ lead, participants }))).toEqual([
      { lead: ['区卫生健康委'], participants: ['区医保局', '区财政局'] },
      { lead: ['区卫生健康委', '各街道办事处'], participants: [] },
      { lead: ['区生态环境局'], participants: ['区卫生健康委'] },
      { lead: ['区疾控中心'], participants: ['区医保局'] },
    ]);
  });

  it('a run of "unit: duty" paragraphs under a heading is one duty per unit; a heading naming a unit owns its body', async () => {
    const text = [
      '某市2025年爱国卫生月活动方案',
      '一、重点活动',
      '(一)开展环境卫生大扫除。(责任单位:市城管局、市住建局;各乡镇、街道配合)',
      '二、职责分工',
      '市爱卫办:负责活动的统筹协调,4月30日前形成督导通报。',
      '市城管局:负责城区道路清扫保洁。',
      '各乡镇人民政府、街道办事处:负责辖区内活动的组织实施。',
      '三、部门职责',
      '(一)市市场监管局',
      '负责加强餐饮单位卫生检查。',
      '(二)市体育局',
      '负责开展全民健身活动。',
    ].join('\n');
    const t = await tasksOf(text);
    expect(t).toEqual([
      { text: expect.stringContaining('大扫除'), lead: ['市城管局', '市住建局'], participants: ['各乡镇', '街道'], due: [] },
      { text: '负责活动的统筹协调,4月30日前形成督导通报。', lead: ['市爱卫办'], participants: [], due: ['2025-04-30'] },
      { text: '负责城区道路清扫保洁。', lead: ['市城管局'], participants: [], due: [] },
      { text: '负责辖区内活动的组织实施。', lead: ['各乡镇人民政府'], participants: ['街道办事处'], due: [] },
      { text: '市市场监管局', lead: ['市市场监管局'], participants: [], due: [] },
      { text: '市体育局', lead: ['市体育局'], participants: [], due: [] },
    ]);
  });

  it('field labels and dated stages before a colon are not units', async () => {
    const text = [
      '某市2025年道路建设计划',
      '1.建设农村公路。新改建农村公路200公里。',
      '牵头单位:市交通运输局',
      '配合单位:各县(市、区)政府',
    ].join('\n');
    expect(await tasksOf(text)).toEqual([
      { text: expect.stringContaining('建设农村公路'), lead: ['市交通运输局'], participants: ['各县(市、区)政府'], due: [] },
    ]);
  });
});

describe('bracketed attributions of a group', () => {
  it('reads a bracket with a note after its full stop, a closing bracket line, and 责任单位 with verbs and a time limit', async () => {
    const text = [
      '某区2025年乡村振兴重点任务',
      '(一)稳定粮食生产。落实耕地地力保护补贴。〔责任单位:区农业农村局、区财政局按职责分工负责。各乡镇不再列出,下同。〕',
      '(二)加强农田建设。',
      '1.新建高标准农田。',
      '2.开展农田“回头看”。',
      '〔责任单位:区农业农村局牵头,区水利局配合〕',
      '(三)提升医疗服务能力。〔责任单位:区卫生健康局牵头,区医保局配合;完成时限:2025年11月底前〕',
      '(四)开展口腔健康监测。(区疾控局牵头负责,市口腔医学会等提供技术支持)',
    ].join('\n');
    const t = await tasksOf(text);
    expect(t.map(({ lead, participants, due }) => ({ lead, participants, due }))).toEqual([
      { lead: ['区农业农村局', '区财政局'], participants: [], due: [] },
      { lead: ['区农业农村局'], participants: ['区水利局'], due: [] },
      { lead: ['区农业农村局'], participants: ['区水利局'], due: [] },
      { lead: ['区卫生健康局'], participants: ['区医保局'], due: ['2025-11-30'] },
      { lead: ['区疾控局'], participants: ['市口腔医学会'], due: [] },
    ]);
  });
});

describe('character references left in a text copy of a web page', () => {
  it('are decoded, so that their semicolons do not cut a heading', async () => {
    const text = [
      '某县2025年重点任务分工方案',
      '一、巩固成果',
      '1、巩固&ldquo;三保障&rdquo;成果',
      '(1)落实控辍保学责任。(牵头单位:县教育局)',
      '(2)落实医疗保障待遇。(牵头单位:县医保局)',
    ].join('\n');
    const t = await tasksOf(text);
    expect(t.map((x) => x.lead)).toEqual([['县教育局'], ['县医保局']]);
  });
});
