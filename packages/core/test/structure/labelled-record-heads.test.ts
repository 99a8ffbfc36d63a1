import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/index.js';

type Plan = Awaited<ReturnType<typeof parsePlan>>;
const rows = (plan: Plan) =>
  plan.tasks.filter((t) => t.kind === 'task').map((t) => [t.text.slice(0, 6), t.lead, t.participants, t.due, t.ongoing]);

describe('record heads: a line followed by labelled fields heads the items after it', () => {
  const doc = [
    '某县环境问题整改方案',
    '一、整改任务',
    '问题1:县城污水管网收集效能不高。',
    '整改目标:污水集中收集率达到60%以上。',
    '整改时限:2025年9月底前',
    '责任领导:王某(副县长)',
    '牵头单位:县住房和城乡建设局',
    '责任单位:县生态环境局、城关镇人民政府',
    '整改措施:',
    '(1)完成老旧管网改造8公里;',
    '(2)建立进水水质周分析制度。',
    '问题2:农村垃圾清运不及时。',
    '整改时限:立行立改,长期坚持',
    '牵头单位:县农业农村局',
    '责任单位:各乡镇人民政府',
    '整改措施:',
    '(1)落实村级保洁员队伍;',
    '(2)推行垃圾分类收集模式。',
    '问题3:河道存在乱堆乱放。',
    '整改时限:2025年6月底前',
    '牵头单位:县水利局',
    '责任单位:县公安局',
    '整改措施:开展河道清四乱专项行动,建立巡河长效机制。',
    '二、保障措施',
    '(一)加强组织领导。县整改工作领导小组统筹推进。',
  ].join('\n');

  it('gives each record its own roles and time limit, not the next record its neighbour’s', async () => {
    const plan = await parsePlan({ text: doc });
    const town = ['县生态环境局', '城关镇人民政府'];
    expect(rows(plan)).toEqual([
      ['完成老旧管网', ['县住房和城乡建设局'], town, ['2025-09-30'], false],
      ['建立进水水质', ['县住房和城乡建设局'], town, ['2025-09-30'], false],
      ['落实村级保洁', ['县农业农村局'], ['各乡镇人民政府'], [], true],
      ['推行垃圾分类', ['县农业农村局'], ['各乡镇人民政府'], [], true],
      ['问题3:河道', ['县水利局'], ['县公安局'], ['2025-06-30'], false],
    ]);
  });

  it('reads a record’s goal field as a target due by the record’s time limit', async () => {
    const plan = await parsePlan({ text: doc });
    const goals = plan.indicators.filter((i) => i.target === 60);
    expect(goals.map((g) => [g.unit, g.comparator, g.due])).toEqual([['%', '>=', '2025-09-30']]);
  });

  it('leaves an item’s own body and fields alone when no record follows it', async () => {
    const plan = await parsePlan({
      text: [
        '某市民生实事',
        '一、新建社区食堂',
        '建成社区食堂20个。',
        '牵头单位:市民政局',
        '责任单位:各区人民政府',
        '完成时限:2025年10月底前',
        '二、改造背街小巷',
        '改造背街小巷30条。',
        '牵头单位:市住建局',
        '完成时限:2025年11月底前',
      ].join('\n'),
    });
    expect(plan.tasks.map((t) => [t.number, t.lead, t.due])).toEqual([
      ['一', ['市民政局'], ['2025-10-31']],
      ['二', ['市住建局'], ['2025-11-30']],
    ]);
  });
});

describe('items with two attributions and group time limits', () => {
  it('splits an item at a bare unit bracket between two sentences; a yearly deadline inside the work is not ongoing', async () => {
    const plan = await parsePlan({
      text: [
        '某市健康攻坚行动实施方案(2026—2028年)',
        '一、重点任务',
        '1.开展高危人群筛查。每年开展风险评估不少于2万人。(市卫生健康局、市医保局)将筛查结果纳入签约服务包,每年6月底前完成名单更新。(市卫生健康局、各镇人民政府)',
        '2.加强疫苗接种。适龄儿童接种率保持在95%以上。(市卫生健康局、市教育局)',
      ].join('\n'),
    });
    expect(plan.tasks.map((t) => [t.number, t.lead, t.participants, t.ongoing])).toEqual([
      ['1', ['市卫生健康局'], ['市医保局'], false],
      ['1', ['市卫生健康局'], ['各镇人民政府'], false],
      ['2', ['市卫生健康局'], ['市教育局'], false],
    ]);
  });

  it('gives the time limit of a "以上三项…;完成时限:…" sentence to the items it covers', async () => {
    const plan = await parsePlan({
      text: [
        '某省改善就医体验工作要点',
        '一、改善就医体验',
        '(一)推行预约诊疗服务;',
        '(二)推广床旁结算服务;',
        '(三)开展改善护理服务行动。',
        '以上三项责任单位:医政处、规划发展处;完成时限:持续推进。',
      ].join('\n'),
    });
    expect(plan.tasks.map((t) => [t.number, t.lead, t.ongoing])).toEqual([
      ['(一)', ['医政处'], true],
      ['(二)', ['医政处'], true],
      ['(三)', ['医政处'], true],
    ]);
  });
});
