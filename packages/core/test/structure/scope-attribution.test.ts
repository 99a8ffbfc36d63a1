import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/index.js';
import { ownerOfHeading } from '../../src/extract/structure/scope-attribution.js';
import { defaultUnitDirectory } from '../../src/extract/units/unit-directory.js';

type Plan = Awaited<ReturnType<typeof parsePlan>>;
const roles = (plan: Plan) => plan.tasks.map((t) => [t.number, t.lead, t.participants]);

describe('attributions whose scope is wider than their clause', () => {
  it('gives a group sentence after sub-items to the items it names', async () => {
    const plan = await parsePlan({
      text: [
        '某县文化体育工作要点',
        '一、办好群众体育',
        '1.完善场地设施',
        '(1)新建社区球场6块。',
        '(2)改造乡镇文化站3个。',
        '以上(1)—(2)项由县文旅局牵头,县财政局配合。',
        '2.办好全民健身赛事',
        '此项工作由县体育中心牵头,县教育局配合,9月底前办完县运会。',
      ].join('\n'),
    });
    expect(roles(plan)).toEqual([
      ['(1)', ['县文旅局'], ['县财政局']],
      ['(2)', ['县文旅局'], ['县财政局']],
      ['2', ['县体育中心'], ['县教育局']],
    ]);
    expect(plan.tasks[1]?.text).not.toContain('以上');
  });

  it('lets a heading that only names a unit lead the items beneath it, with their own (配合:…)', async () => {
    const plan = await parsePlan({
      text: [
        '某区便民事项责任清单',
        '一、区水务局(2项)',
        '1.改造老旧供水管网5公里。(配合:区财政局)',
        '2.完成二次供水设施清洗。',
        '二、区交通局(1项)',
        '3.新增公交站亭20座。',
      ].join('\n'),
    });
    expect(roles(plan)).toEqual([
      ['1', ['区水务局'], ['区财政局']],
      ['2', ['区水务局'], []],
      ['3', ['区交通局'], []],
    ]);
  });

  it('reads a 【…】 attribution written before the duty, on the item and over its sub-items', async () => {
    const plan = await parsePlan({
      text: [
        '某区信息公开要点',
        '1.【区统计局牵头,区财政局配合】按季度公开统计数据。',
        '2.【区住建委、区交通委按职责分工负责】',
        '(1)公开工程项目进度。',
        '(2)公开招标结果。',
      ].join('\n'),
    });
    expect(roles(plan)).toEqual([
      ['1', ['区统计局'], ['区财政局']],
      ['(1)', ['区住建委', '区交通委'], []],
      ['(2)', ['区住建委', '区交通委'], []],
    ]);
  });

  it('reads a unit heading with a count or a colon, and nothing else', () => {
    const dir = defaultUnitDirectory();
    expect(ownerOfHeading('三、市教育局(共3项)', dir)).toEqual(['市教育局']);
    expect(ownerOfHeading('(二)县卫健委:', dir)).toEqual(['县卫健委']);
    expect(ownerOfHeading('二、加强基层建设', dir)).toBeNull();
    expect(ownerOfHeading('一、区妇幼保健院牵头事项', dir)).toEqual(['区妇幼保健院']);
    expect(ownerOfHeading('(三)县人社局负责的工作', dir)).toEqual(['县人社局']);
    expect(ownerOfHeading('二、重点牵头事项', dir)).toBeNull();
  });

  it('gives a heading\'s "(由X负责)" to the items beneath it', async () => {
    const plan = await parsePlan({
      text: ['某县就业工作要点', '(一)职业培训(由县人社局负责)', '1.开展电工技能培训300人次。', '2.举办创业训练营2期。'].join('\n'),
    });
    expect(roles(plan)).toEqual([
      ['1', ['县人社局'], []],
      ['2', ['县人社局'], []],
    ]);
  });
});

describe('one-line records joined by / after the duty', () => {
  it('reads the unit, partner and time fields; person and completion-mark fields are skipped', async () => {
    const plan = await parsePlan({
      text: [
        '某街道2025年实事清单',
        '1.新建口袋公园2个。包保领导:张某/责任科室:城建办公室/协同单位:北关社区、西关社区/完成节点:8月底/完成标志:公园开放',
        '2.开展老年助浴服务。包保领导:李某/责任科室:社会事务办公室/完成节点:常态化/完成标志:服务台账',
      ].join('\n'),
    });
    expect(plan.tasks.map((t) => [t.lead, t.participants, t.due, t.ongoing])).toEqual([
      [['城建办公室'], ['北关社区', '西关社区'], ['2025-08-31'], false],
      [['社会事务办公室'], [], [], true],
    ]);
  });
  it('gives role lines written under a section heading to every item of the section', async () => {
    const plan = await parsePlan({
      text: [
        '某区2025年养老服务提升任务',
        '一、居家养老服务',
        '牵头单位:区民政局',
        '协作单位:各街道办事处',
        '1.建设助餐点8个,实现社区全覆盖。',
        '2.开展适老化改造200户。',
        '二、医养结合',
        '牵头科室:老龄健康科',
        '配合科室:医政科、区疾控中心',
        '3.签约家庭医生覆盖老年人70%以上。',
        '三、队伍建设',
        '4.培训护理员300人次。(责任单位:区人社局)',
      ].join('\n'),
    });
    expect(roles(plan)).toEqual([
      ['1', ['区民政局'], ['各街道办事处']],
      ['2', ['区民政局'], ['各街道办事处']],
      ['3', ['老龄健康科'], ['医政科', '区疾控中心']],
      ['4', ['区人社局'], []],
    ]);
  });
  it('reads a group sentence broken over lines, with the units that carry the work out locally', async () => {
    const plan = await parsePlan({
      text: [
        '某市2025年控烟工作要点',
        '一、无烟环境建设',
        '(一)建设无烟机关,年底前实现市直机关全覆盖。',
        '(二)开展无烟医院复核,复核合格率达到100%。',
        '以上工作由市卫生健康委牵头,市直机关工委、市教育局',
        '配合,各县(区)人民政府负责落实。',
      ].join('\n'),
    });
    const both = [['市卫生健康委'], ['市直机关工委', '市教育局', '各县(区)人民政府']];
    expect(roles(plan)).toEqual([
      ['(一)', ...both],
      ['(二)', ...both],
    ]);
  });
});

describe('a role line closing a group of items', () => {
  it('covers every item of the group when none has roles of its own', async () => {
    const plan = await parsePlan({
      text: [
        '二、重点任务',
        '(一)改善人居环境',
        '1.整治城区背街小巷12条。',
        '2.新建公共厕所8座。',
        '责任单位:县城管局、县住建局、城关镇人民政府',
        '(二)提升服务能力',
        '3.建成县妇幼保健院新院区。(责任单位:县卫生健康局)',
        '4.新增家庭医生团队20个。',
        '责任单位:县卫生健康局、县医保局',
      ].join('\n'),
    });
    expect(roles(plan)).toEqual([
      ['1', ['县城管局'], ['县住建局', '城关镇人民政府']],
      ['2', ['县城管局'], ['县住建局', '城关镇人民政府']],
      // An item with its own attribution keeps it, and the group line then names only the last item's owners.
      ['3', ['县卫生健康局'], []],
      ['4', ['县卫生健康局'], ['县医保局']],
    ]);
  });
});
