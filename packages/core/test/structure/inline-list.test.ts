import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/index.js';
import { findInlineList } from '../../src/extract/structure/inline-list.js';
import { findOpeningVerbAttribution } from '../../src/extract/structure/attribution.js';
import { defaultUnitDirectory } from '../../src/extract/units/unit-directory.js';

type Plan = Awaited<ReturnType<typeof parsePlan>>;
const rows = (plan: Plan) => plan.tasks.map((t) => [t.number, t.lead, t.participants, t.due]);

describe('whole lists written on one line', () => {
  it('finds a run of numbered duties after a lead-in colon, and the closing sentence for the group', () => {
    const text = '今年重点办好以下事项:(1)新建口袋公园6个;(2)改造背街小巷10条;(3)增设公共厕所15座。上述事项由区城管局负责。';
    const list = findInlineList(text);
    expect(list?.items.map((i) => [i.number, text.slice(i.from, i.to)])).toEqual([
      ['(1)', '新建口袋公园6个;'],
      ['(2)', '改造背街小巷10条;'],
      ['(3)', '增设公共厕所15座。'],
    ]);
    expect(list?.tail && text.slice(list.tail.from, list.tail.to)).toBe('上述事项由区城管局负责。');
  });

  it('leaves numbers that are not a list alone', () => {
    expect(findInlineList('完成3.5万人次培训,覆盖12个乡镇。')).toBeNull();
    expect(findInlineList('重点在两类地区:(1)城区;(2)园区。')).toBeNull();
    expect(findInlineList('开展义诊(1)次以上。')).toBeNull();
  });

  it('gives every item of a one-line list the labelled roles and time limit written after it', async () => {
    const plan = await parsePlan({
      text: [
        '某市2025年为民办实事工作方案',
        '今年要办好以下实事:(1)新建社区食堂20个;(2)改造城区排水管网30公里;(3)新增托育位500个。以上事项牵头单位:市发展改革委;责任单位:各区人民政府;完成时限:2025年11月底前。',
      ].join('\n'),
    });
    const both = [['市发展改革委'], ['各区人民政府'], ['2025-11-30']];
    expect(rows(plan)).toEqual([
      ['(1)', ...both],
      ['(2)', ...both],
      ['(3)', ...both],
    ]);
  });

  it('gives role labels that open the sentence after the last item to the whole list', async () => {
    const plan = await parsePlan({
      text: [
        '某区2025年民生项目分解',
        '一、养老服务。要办好以下实事:(1)新建老年食堂4个;(2)为高龄老人发放护理补贴。责任单位:区民政局,配合单位:区财政局,完成时限:2025年10月底前。',
      ].join('\n'),
    });
    expect(rows(plan)).toEqual([
      ['(1)', ['区民政局'], ['区财政局'], ['2025-10-31']],
      ['(2)', ['区民政局'], ['区财政局'], ['2025-10-31']],
    ]);
    // The time limit written for the list is the deadline of the targets in its items too.
    expect(plan.indicators.map((i) => [i.target, i.due])).toEqual([[4, '2025-10-31']]);
  });

  it('gives a closing bracket to the whole list when no item names its own units', async () => {
    const plan = await parsePlan({
      text: [
        '某县2025年就业工作安排',
        '一、稳岗就业',
        '1.要完成以下工作:1.培训家政服务员600人次;2.建设就业驿站5个。(牵头单位:县人社局;配合单位:县妇联)',
      ].join('\n'),
    });
    expect(rows(plan).map((r) => r.slice(1, 3))).toEqual([
      [['县人社局'], ['县妇联']],
      [['县人社局'], ['县妇联']],
    ]);
  });
});

describe('a section whose numbered items run together in one paragraph', () => {
  it('splits items that keep the numbering of the document after the first item of the paragraph', async () => {
    const plan = await parsePlan({
      text: [
        '某县2025年河长制工作要点',
        '一、压实责任',
        '1.更新河长公示牌信息。责任单位:县河长办;完成时限:3月底前。2.开展河长述职评议。责任单位:县河长办;配合单位:县水利局;完成时限:12月底前。',
        '二、整治河道',
        '3.清理河道垃圾和违章堆放。责任单位:县水利局;配合单位:县城管局;完成时限:6月底前。4.新建生态护岸2公里。责任单位:县水利局;配合单位:县自然资源局;完成时限:10月底前。5.排查入河排污口并建立台账。责任单位:县生态环境局;完成时限:持续推进。',
      ].join('\n'),
    });
    expect(rows(plan)).toEqual([
      ['1', ['县河长办'], [], ['2025-03-31']],
      ['2', ['县河长办'], ['县水利局'], ['2025-12-31']],
      ['3', ['县水利局'], ['县城管局'], ['2025-06-30']],
      ['4', ['县水利局'], ['县自然资源局'], ['2025-10-31']],
      ['5', ['县生态环境局'], [], []],
    ]);
    expect(plan.tasks.at(-1)?.ongoing).toBe(true);
  });

  it('does not take a later number that skips one for the next item', () => {
    const own = { number: '4', length: 2, style: 'arabic' } as const;
    expect(findInlineList('核查疑似问题图斑。6.建立长效机制台账。', own)).toBeNull();
  });
});

describe('an attribution written around the duty', () => {
  const dir = defaultUnitDirectory();
  it('reads the lead named by 牵头 at the start of the clause and the participants named by 配合 at its end', () => {
    const a = findOpeningVerbAttribution('县交通局牵头,对8条断头路逐条制定打通方案,县公安局、县住建局配合。', dir);
    expect(a && [a.lead, a.participants]).toEqual([['县交通局'], ['县公安局', '县住建局']]);
  });
  it('takes no owner from a sentence subject', () => {
    expect(findOpeningVerbAttribution('县交通局对8条断头路逐条制定打通方案。', dir)).toBeNull();
  });
});

describe('inline lists after a run-in title', () => {
  it('splits "一、X工程。(1)…;(2)…。责任单位:…" into its items, each with the group attribution', async () => {
    const plan = await parsePlan({
      text: [
        '某县2025年民生实事项目清单',
        '一、教育提质工程。(1)新建第三幼儿园一所;(2)改造农村学校食堂6所。责任领导:张某;责任单位:县教育局(牵头),县财政局;完成时限:2025年8月底。',
        '二、养老服务工程。(1)新建村级互助养老点20个,牵头单位:县民政局,配合单位:各乡镇人民政府,完成时限:2025年9月底;(2)建设普惠托育机构1个,牵头单位:县卫生健康局,完成时限:2025年10月底。',
      ].join('\n'),
    });
    expect(rows(plan)).toEqual([
      ['(1)', ['县教育局'], ['县财政局'], ['2025-08-31']],
      ['(2)', ['县教育局'], ['县财政局'], ['2025-08-31']],
      ['(1)', ['县民政局'], ['各乡镇人民政府'], ['2025-09-30']],
      ['(2)', ['县卫生健康局'], [], ['2025-10-31']],
    ]);
  });

  it('does not take a sentence before the list for a title', () => {
    expect(findInlineList('今年重点推进三项工作,确保按期完成。(1)新建社区食堂20个;(2)改造背街小巷30条。')).toBeNull();
  });
});

describe('inline lists after a run-in title', () => {
  it('keep the numbering of the whole document and share the closing attribution', async () => {
    const plan = await parsePlan({
      text: [
        '某镇2026年爱国卫生工作要点',
        '一、开展环境整治。(1)每月开展一次清洁家园集中行动;(2)4月底前完成镇区背街小巷改造。',
        '责任单位:牵头:镇综合行政执法办;配合:镇农业农村办',
        '二、加强病媒生物防制。(3)组织开展春秋两季灭鼠灭蟑集中活动;(4)对农贸市场防蝇防鼠设施开展专项检查,6月底前完成整改。',
        '责任单位:镇卫生院(牵头)、镇市场监管所(配合)',
        '三、工作要求。(一)各村要明确1名爱国卫生专干,负责日常检查;(二)镇爱卫办每季度对各村环境卫生进行评比通报。',
      ].join('\n'),
    });
    expect(plan.tasks.map((t) => [t.number, t.kind, t.lead, t.participants])).toEqual([
      ['(1)', 'task', ['镇综合行政执法办'], ['镇农业农村办']],
      ['(2)', 'task', ['镇综合行政执法办'], ['镇农业农村办']],
      ['(3)', 'task', ['镇卫生院'], ['镇市场监管所']],
      ['(4)', 'task', ['镇卫生院'], ['镇市场监管所']],
      ['(一)', 'safeguard', [], []],
      ['(二)', 'safeguard', [], []],
    ]);
  });
});

describe('arabic inline lists after a run-in title', () => {
  it('keep the numbering of the whole document, each item with its own labelled units', async () => {
    const plan = await parsePlan({
      text: [
        '某区2026年卫生创建任务分解',
        '一、环境卫生。1.修补老旧街巷路面30条,责任单位:区城管局,完成时限:2026年7月底;2.清运河道沿线垃圾,责任单位:各街道办事处,完成时限:2026年5月底。',
        '二、病媒防制。3.开展春季集中灭鼠行动,牵头单位:区疾控中心,责任单位:各街道办事处,完成时限:2026年4月底;4.对餐饮单位防鼠设施开展专项检查,责任单位:区市场监管局、区卫健委。',
      ].join('\n'),
    });
    expect(plan.tasks.map((t) => [t.number, t.lead, t.participants, t.due])).toEqual([
      ['1', ['区城管局'], [], ['2026-07-31']],
      ['2', ['各街道办事处'], [], ['2026-05-31']],
      ['3', ['区疾控中心'], ['各街道办事处'], ['2026-04-30']],
      ['4', ['区市场监管局'], ['区卫健委'], []],
    ]);
  });

  it('does not read figures after a title as a list', () => {
    expect(findInlineList('二、主要指标。3.5万户完成改造;4.2万户完成验收。')).toBeNull();
  });
});

describe('(一)(二) items run together after a lead-in colon', () => {
  it('splits them when every item closes on its own bracketed attribution', async () => {
    const plan = await parsePlan({
      text: [
        '某县人民政府关于印发2026年民生实事项目的通知',
        '今年重点实施以下民生项目:(一)新建乡镇卫生院发热门诊3个。(责任单位:县卫生健康局、县发展改革局)(二)改造城区雨污管网20公里,10月底前完工。(责任单位:县住房和城乡建设局)(三)新增养老床位300张。(责任单位:县民政局)',
      ].join('\n'),
    });
    expect(plan.tasks.map((t) => [t.number, t.lead, t.participants, t.due])).toEqual([
      ['(一)', ['县卫生健康局'], ['县发展改革局'], []],
      ['(二)', ['县住房和城乡建设局'], [], ['2026-10-31']],
      ['(三)', ['县民政局'], [], []],
    ]);
  });

  it('keeps (一)(二) after a colon whole when the items name no units of their own', () => {
    expect(findInlineList('主要做法是:(一)建立周调度机制,定期会商;(二)压实属地管理责任,层层传导压力。')).toBeNull();
  });
});
