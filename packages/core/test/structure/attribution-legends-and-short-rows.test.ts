import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/index.js';
import { findTrailingVerbAttribution } from '../../src/extract/structure/attribution.js';
import { defaultUnitDirectory } from '../../src/extract/units/unit-directory.js';

type Plan = Awaited<ReturnType<typeof parsePlan>>;
const roles = (plan: Plan) => plan.tasks.map((t) => [t.number, t.lead, t.participants]);

describe('a | row that lost a cell before its unit list', () => {
  it('keeps the units under the unit column when two text cells were merged into one', async () => {
    const plan = await parsePlan({
      text: [
        '某市环保督察反馈问题整改清单',
        '| 序号 | 问题 | 整改目标 | 整改措施 | 责任单位 | 整改时限 |',
        '| 1 | 城北工业园区扬尘污染突出 | 扬尘投诉下降一半 | 建设围挡喷淋设施 | 市生态环境局、市住建局 | 2025年9月底前 |',
        '| 2 | 南河部分河段存在黑臭水体 | 开展南河全流域清淤和截污整治 | 市水利局、市城管局、沿河各乡镇政府 | 2025年11月底前 |',
        '| 3 | 乡镇垃圾转运站运行不规范 | 转运站全部规范运行 | 制定运行管理制度 | 市城管局 | 2025年6月底前 |',
      ].join('\n'),
    });
    expect(plan.tasks.map((t) => [t.number, t.lead, t.participants, t.due])).toEqual([
      ['1', ['市生态环境局'], ['市住建局'], ['2025-09-30']],
      ['2', ['市水利局'], ['市城管局', '沿河各乡镇政府'], ['2025-11-30']],
      ['3', ['市城管局'], [], ['2025-06-30']],
    ]);
  });

  it('still leaves an empty 配合单位 cell empty when the lead cell is in place', async () => {
    const plan = await parsePlan({
      text: [
        '某县重点任务分工表',
        '| 序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限 |',
        '| 1 | 新建城区公园两座 | 县住建局 | 县自然资源局 | 2025年10月底前 |',
        '| 2 | 改造老旧供水管网 | 县水利局 | 2025年8月底前 |',
      ].join('\n'),
    });
    expect(roles(plan)).toEqual([
      ['1', ['县住建局'], ['县自然资源局']],
      ['2', ['县水利局'], []],
    ]);
  });
});

describe('a legend that every 责任单位 leads where no lead is named', () => {
  const notice = '清单中未列牵头单位的事项,责任单位即为牵头单位。';
  const items = [
    '1.推进工程建设项目审批提速。(牵头单位:省住建厅;责任单位:省发展改革委)',
    '2.降低物流成本。(责任单位:省交通运输厅、省商务厅,持续推进)',
  ];

  it('makes every unit of a bare 责任单位 list a lead, and leaves labelled leads as written', async () => {
    const plan = await parsePlan({ text: ['某省优化营商环境任务清单', notice, ...items].join('\n') });
    expect(roles(plan)).toEqual([
      ['1', ['省住建厅'], ['省发展改革委']],
      ['2', ['省交通运输厅', '省商务厅'], []],
    ]);
    expect(plan.tasks[1]?.units.map((u) => u.role)).toEqual(['lead', 'lead']);
  });

  it('reads the first unit as the lead without the legend', async () => {
    const plan = await parsePlan({ text: ['某省优化营商环境任务清单', ...items].join('\n') });
    expect(roles(plan)[1]).toEqual(['2', ['省交通运输厅'], ['省商务厅']]);
  });
});

describe('an order rule written after the full stop inside the attribution bracket', () => {
  it('reads "(X、Y负责。列第一位者为牵头单位,下同)" as an attribution whose first unit leads', async () => {
    const plan = await parsePlan({
      text: [
        '某省健康行动年度重点任务分工',
        '一、健康知识普及',
        '1.组建省级健康讲师团,年底前开展巡讲100场。(省卫生健康委、省教育厅、省科协负责。列第一位者为牵头单位,下同)',
        '2.开设健康科普专栏。(省广电局、省卫生健康委负责)',
      ].join('\n'),
    });
    expect(roles(plan)).toEqual([
      ['1', ['省卫生健康委'], ['省教育厅', '省科协']],
      ['2', ['省广电局'], ['省卫生健康委']],
    ]);
  });
});

describe('a closing roles sentence that ends on its time limit', () => {
  const dir = defaultUnitDirectory();

  it('reads "由X负责,Y配合,5月底前实现全覆盖" without the time clause', () => {
    const found = findTrailingVerbAttribution('建立管控小组。以村为单位建档。由镇综治中心负责,镇派出所配合,6月底前实现全覆盖。', dir);
    expect(found && [found.lead, found.participants]).toEqual([['镇综治中心'], ['镇派出所']]);
  });

  it('does not drop a last clause that is work, not a time limit', () => {
    expect(findTrailingVerbAttribution('建立管控小组。由镇综治中心负责,镇派出所配合,逐户开展走访。', dir)).toBeNull();
  });
});
