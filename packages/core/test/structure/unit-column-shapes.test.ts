import { describe, expect, it } from 'vitest';
import { parsePlan } from '@duban/core';
import { isUnitName } from '../../src/extract/units/unit-name.js';
import { sectionColumnsAsNotes } from '../../src/extract/structure/table-columns.js';

const roles = async (text: string) => (await parsePlan({ text })).tasks.map((t) => [t.lead, t.participants, t.due]);

describe('a section column beside lead and participant columns', () => {
  it('is read as a note', () => {
    expect(sectionColumnsAsNotes(['task', 'lead', 'part', 'resp'], ['工作任务', '主责单位', '协同单位', '责任股室'])).toEqual([
      'task',
      'lead',
      'part',
      'note',
    ]);
    // Alone, 责任科室 is the table's unit column.
    expect(sectionColumnsAsNotes(['task', 'resp'], ['工作任务', '责任科室'])).toEqual(['task', 'resp']);
  });
  it('adds none of the lead’s sections as participants', async () => {
    const text = [
      '甲县2026年营商环境重点任务清单',
      '',
      '序号\t重点任务\t主责单位\t协同单位\t责任股室\t完成时限',
      '1\t推行不动产登记一窗受理\t县自然资源局\t县税务局、县住建局\t确权登记股\t2026年6月底',
      '2\t推行企业开办全程网办\t县市场监管局\t县公安局\t注册许可股\t2026年3月底',
    ].join('\n');
    expect(await roles(text)).toEqual([
      [['县自然资源局'], ['县税务局', '县住建局'], ['2026-06-30']],
      [['县市场监管局'], ['县公安局'], ['2026-03-31']],
    ]);
  });
});

describe('a unit list spread over two space-separated cells', () => {
  it('keeps the second cell with the units when an empty last cell left no gap', async () => {
    const text = [
      '甲区卫生城市复审整改台账',
      '',
      '序号        问题类别        整改措施        责任领导        责任单位        整改时限        整改进展',
      '1    控烟    开展公共场所控烟检查    张三    区卫生健康局    区文化和旅游局、区公安分局    2024年8月31日    已检查网吧12家',
      '2    扬尘    落实工地扬尘防控措施    李四    区住建局    区生态环境分局    2024年9月15日    ',
      '3    公共厕所    落实公厕专人保洁制度    王五    区城管执法局    各街道    2024年8月31日    已整改公厕27座',
    ].join('\n');
    expect(await roles(text)).toEqual([
      [['区卫生健康局'], ['区文化和旅游局', '区公安分局'], ['2024-08-31']],
      [['区住建局'], ['区生态环境分局'], ['2024-09-15']],
      [['区城管执法局'], ['各街道'], ['2024-08-31']],
    ]);
  });
  it('does not take a toilet for a unit', () => {
    expect(isUnitName('公共厕所')).toBe(false);
    expect(isUnitName('区卫生监督所')).toBe(true);
  });
});

describe('a first-unit rule naming the lead column of a lead + participant table', () => {
  it('lets only the first unit of that column lead', async () => {
    const text = [
      '甲市2026年健康行动任务台账',
      '填报说明:主责单位排在首位的为牵头单位。',
      '',
      '序号\t重点任务\t主责单位\t配合单位\t完成时限',
      '1\t开展职工健康促进活动\t市卫生健康委、市总工会\t市人力资源社会保障局\t2026年10月',
      '2\t建设心理服务示范点\t市委政法委\t市民政局\t2026年11月',
    ].join('\n');
    expect(await roles(text)).toEqual([
      [['市卫生健康委'], ['市总工会', '市人力资源社会保障局'], ['2026-10-31']],
      [['市委政法委'], ['市民政局'], ['2026-11-30']],
    ]);
  });
  it('leaves every unit of the lead column leading without the rule', async () => {
    const text = [
      '甲市2026年健康行动任务台账',
      '',
      '序号\t重点任务\t主责单位\t配合单位\t完成时限',
      '1\t开展职工健康促进活动\t市卫生健康委、市总工会\t市人力资源社会保障局\t2026年10月',
      '2\t建设心理服务示范点\t市委政法委\t市民政局\t2026年11月',
    ].join('\n');
    expect((await roles(text))[0]).toEqual([['市卫生健康委', '市总工会'], ['市人力资源社会保障局'], ['2026-10-31']]);
  });
});
