import { describe, expect, it } from 'vitest';
import { findBracketAttributions, findLabelledLines, parseAttributionText } from '../../src/extract/structure/attribution.js';
import { parsePlan } from '../../src/index.js';
import { defaultUnitDirectory } from '../../src/extract/units/unit-directory.js';

const dir = defaultUnitDirectory();
const roles = (s: string) => {
  const r = parseAttributionText(s, dir);
  return r && { lead: r.lead, participants: r.participants, separateLeads: r.separateLeads };
};

describe('parseAttributionText', () => {
  it('reads labelled slots; several units in the lead slot are all leads', () => {
    expect(roles('牵头部门:市政府办(应急办)、市卫计委;配合部门:市公安局,各县区政府、经济区管委会')).toEqual({
      lead: ['市政府办(应急办)', '市卫计委'],
      participants: ['市公安局', '各县区政府', '经济区管委会'],
      separateLeads: false,
    });
  });
  it('treats 责任 as participant beside 牵头, as lead beside 配合, and as a first-is-lead list alone', () => {
    expect(roles('牵头单位:区发改局 责任单位:区财政局、区人社局')).toEqual({
      lead: ['区发改局'],
      participants: ['区财政局', '区人社局'],
      separateLeads: false,
    });
    expect(roles('责任单位:县卫健局、县教育局;配合单位:县财政局')).toEqual({
      lead: ['县卫健局', '县教育局'],
      participants: ['县财政局'],
      separateLeads: false,
    });
    expect(roles('责任单位:区委宣传部、区文旅局、区教育局')).toEqual({
      lead: ['区委宣传部'],
      participants: ['区文旅局', '区教育局'],
      separateLeads: false,
    });
  });
  it('reads the role verbs written inside a 责任单位 value', () => {
    expect(roles('责任单位:市机关工委牵头,市卫健委、市教育局配合')).toEqual({
      lead: ['市机关工委'],
      participants: ['市卫健委', '市教育局'],
      separateLeads: false,
    });
  });
  it('reads verb forms', () => {
    expect(roles('市卫生健康委牵头,市教育局、市体育局配合')).toEqual({
      lead: ['市卫生健康委'],
      participants: ['市教育局', '市体育局'],
      separateLeads: false,
    });
    expect(roles('市民政局牵头,市财政局等部门参与')).toEqual({ lead: ['市民政局'], participants: ['市财政局'], separateLeads: false });
    expect(roles('省体育局牵头负责')).toEqual({ lead: ['省体育局'], participants: [], separateLeads: false });
    expect(roles('市医保局负责')).toEqual({ lead: ['市医保局'], participants: [], separateLeads: false });
  });
  it('reads "X、Y负责" as one undifferentiated list (first leads) unless they answer jointly', () => {
    expect(roles('区文旅局、区体育局负责')).toEqual({ lead: ['区文旅局'], participants: ['区体育局'], separateLeads: false });
    expect(roles('区文旅局、区体育局共同负责')).toEqual({
      lead: ['区文旅局', '区体育局'],
      participants: [],
      separateLeads: false,
    });
  });
  it('makes the units that carry a led duty out locally participants', () => {
    expect(roles('县水利局牵头,各乡镇人民政府负责落实')).toEqual({
      lead: ['县水利局'],
      participants: ['各乡镇人民政府'],
      separateLeads: false,
    });
  });
  it('按职责分工 makes every unit a separate lead, beside an explicit 牵头 too (extraction.md)', () => {
    expect(roles('市教育局、市总工会按职责分工,分别负责')).toEqual({
      lead: ['市教育局', '市总工会'],
      participants: [],
      separateLeads: true,
    });
    expect(roles('各区镇街道市委编办、市卫生健康委根据职责开展工作')).toEqual({
      lead: ['各区镇街道', '市委编办', '市卫生健康委'],
      participants: [],
      separateLeads: true,
    });
    expect(roles('市发改委牵头,市财政局及各县市区政府按职责分工负责')).toEqual({
      lead: ['市发改委', '市财政局', '各县市区政府'],
      participants: [],
      separateLeads: true,
    });
  });
  it('strips the order rule and keeps names with inner brackets', () => {
    expect(roles('市卫生健康委、市委宣传部,排在首位的为牵头单位,下同')).toEqual({
      lead: ['市卫生健康委'],
      participants: ['市委宣传部'],
      separateLeads: false,
    });
    expect(roles('各县(市、区)人民政府、市财政局')).toEqual({
      lead: ['各县(市、区)人民政府'],
      participants: ['市财政局'],
      separateLeads: false,
    });
  });
  it('takes a date beside the units as the deadline', () => {
    const r = parseAttributionText('市卫健委,2022年底前', dir);
    expect(r?.lead).toEqual(['市卫健委']);
    expect(r?.deadlineText).toBe('2022年底前');
  });
  it('rejects groups that are not unit lists', () => {
    for (const s of ['试行', '就要5', '镇、街道', '高血压、高血糖、高血脂', '2021年3月—4月', '含市属开发区,下同', '综治'])
      expect(roles(s), s).toBeNull();
  });
});

describe('findBracketAttributions', () => {
  it('takes only groups that close a clause', () => {
    const text = '依托社区卫生服务中心(乡镇卫生院)开展讲座(市卫健委)。纳入考核(市委组织部)';
    const found = findBracketAttributions(text, dir);
    expect(found.map((a) => a.lead)).toEqual([['市卫健委'], ['市委组织部']]);
    expect(text.slice(found[0]?.start, found[0]?.end)).toBe('(市卫健委)');
  });
  it('takes labelled groups in square brackets, with notes inside names', () => {
    const [a] = findBracketAttributions('加强口岸卫生。[牵头部门:市港口与口岸局;配合部门:盘锦海关(原盘锦出入境检验检疫局)]', dir);
    expect(a?.lead).toEqual(['市港口与口岸局']);
    expect(a?.participants).toEqual(['盘锦海关(原盘锦出入境检验检疫局)']);
  });
  it('reads a round group that names roles before the duty it covers', () => {
    const [a] = findBracketAttributions('(区水务局牵头,区农业农村局配合)疏浚河道12公里', dir);
    expect(a && [a.start, a.lead, a.participants]).toEqual([0, ['区水务局'], ['区农业农村局']]);
    // A bare unit in front of a verb may be the sentence's subject, not an attribution.
    expect(findBracketAttributions('(区水务局)疏浚河道12公里', dir)).toEqual([]);
  });
  it('gives an item the roles written in front of its duty, and keeps them out of its title', async () => {
    const plan = await parsePlan({
      text: ['某区2025年水环境治理要点', '一、河道整治', '1.(区水务局牵头,区城管局配合)清理河道垃圾。汛期前完成两轮清理。'].join('\n'),
    });
    expect(plan.tasks.map((t) => [t.title, t.lead, t.participants])).toEqual([['清理河道垃圾', ['区水务局'], ['区城管局']]]);
  });
  it('reads an attribution printed before the item number, and one in tortoise-shell brackets', async () => {
    const plan = await parsePlan({
      text: [
        '某镇2025年人居环境整治要点',
        '一、道路保洁',
        '【镇环卫站牵头,镇城建办配合】1.对集镇主街实行全天保洁,清除卫生死角。',
        '【镇城建办牵头】2.硬化进村道路4条,8月底前完工。',
        '二、水体治理',
        '3.清理村内沟塘20口,消除黑臭水体。〔镇水利站、各村委会,按职责分工负责〕',
      ].join('\n'),
    });
    expect(plan.tasks.map((t) => [t.number, t.lead, t.participants, t.separateLeads])).toEqual([
      ['1', ['镇环卫站'], ['镇城建办'], false],
      ['2', ['镇城建办'], [], false],
      ['3', ['镇水利站', '各村委会'], [], true],
    ]);
  });
  it('reads a group naming roles right after a full stop as closing the sentence before it', () => {
    const found = findBracketAttributions('建成数据共享平台。(区数据局牵头,区财政局配合)开通线上受理端口。(区政务服务局负责)', dir);
    expect(found.map((a) => [a.lead, a.participants])).toEqual([
      [['区数据局'], ['区财政局']],
      [['区政务服务局'], []],
    ]);
    // A bare unit after a full stop may be the next sentence's subject.
    expect(findBracketAttributions('建成数据共享平台。(区数据局)开通线上受理端口。', dir)).toEqual([]);
  });
  it('flags the order rule', () => {
    const [a] = findBracketAttributions('普及知识(市卫健委、市科协,排在首位的为牵头单位,下同)', dir);
    expect(a?.statesOrderRule).toBe(true);
  });
});

describe('findLabelledLines', () => {
  it('reads labelled lines under an item, with the deadline label', () => {
    const a = findLabelledLines('推进医联体建设。\n牵头单位:区卫健局\n责任单位:区财政局、各街道办事处\n完成时限:2022年12月底', dir);
    expect(a?.lead).toEqual(['区卫健局']);
    expect(a?.participants).toEqual(['区财政局', '各街道办事处']);
    expect(a?.deadlineText).toBe('2022年12月底');
  });
  it('ignores text without labels', () => {
    expect(findLabelledLines('市创建工作办公室组织对各部门创建工作进行综合评估。', dir)).toBeNull();
  });
});

describe('clause deadlines', () => {
  it('gives each split clause the time limit written in its own attribution', async () => {
    const { parsePlan } = await import('@duban/core');
    const plan = await parsePlan({ text: '一、任务\n1.推进A。建设甲(市卫健委,2023年6月底前)。建设乙(市教育局,2024年底前)。' });
    expect(plan.tasks.map((t) => [t.lead, t.due])).toEqual([
      [['市卫健委'], ['2023-06-30']],
      [['市教育局'], ['2024-12-31']],
    ]);
  });
});

describe('parseAttributionText: units that carry the work out after the lead', () => {
  it('reads X牵头,Y负责落实 as a lead and participants', () => {
    expect(roles('市林业局牵头,各乡镇人民政府负责落实')).toEqual({
      lead: ['市林业局'],
      participants: ['各乡镇人民政府'],
      separateLeads: false,
    });
  });
});

describe('parseAttributionText: bare 协同 labels and X负责,Y落实', () => {
  it('reads 牵头:X;协同:Y as a lead and participants', () => {
    expect(roles('牵头:县文旅局;协同:县教育局、县体育中心')).toEqual({
      lead: ['县文旅局'],
      participants: ['县教育局', '县体育中心'],
      separateLeads: false,
    });
  });

  it('reads X负责,Y落实 with Y taking part', () => {
    expect(roles('疾控处负责,各县(区)卫生健康局落实')).toEqual({
      lead: ['疾控处'],
      participants: ['各县(区)卫生健康局'],
      separateLeads: false,
    });
  });
});

describe('a closing group of units that gather or steer the work (X汇总, X统筹)', () => {
  it('gives the item its owner', async () => {
    const plan = await parsePlan({
      text: [
        '某县2026年医改重点任务',
        '(一)推进项目建设。建设示范项目5个。(县发展改革局统筹)',
        '(二)各责任单位要于每季度末月20日前报送工作进展,年底前报送年度总结。(县卫生健康局汇总)',
        '(三)各镇每月报送进展,由县卫生健康局汇总后报县政府。',
      ].join('\n'),
    });
    expect(plan.tasks.map((t) => [t.lead, t.participants])).toEqual([
      [['县发展改革局'], []],
      [['县卫生健康局'], []],
      // In a sentence the unit that gathers the reports is no attribution (extraction.md: never from the sentence).
      [[], []],
    ]);
  });
});
