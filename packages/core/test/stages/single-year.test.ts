import { describe, expect, it } from 'vitest';
import { parsePlan } from '@duban/core';

const parse = (lines: string[]) => parsePlan({ text: lines.join('\n') });
const dues = async (lines: string[]) => (await parse(lines)).indicators.map((i) => [i.name, i.due]);

describe('targets of a plan whose dated tasks all fall in one year', () => {
  const body = [
    '1.新建社区健身步道3条,6月底前完成(县体育局负责)。',
    '2.开展学生视力筛查,筛查率达到100%(县教育局负责,长期坚持)。',
    '3.建成村级卫生室5个,10月底前完成(县卫健局负责)。',
  ];

  it('are due at the end of that year when the title names no year', async () => {
    const out = await dues(['某县健康县城创建工作方案', '某县人民政府办公室', '2025年3月2日', ...body]);
    expect(out).toContainEqual(['筛查率', '2025-12-31']);
  });

  it('keep no date when the dated tasks span several years', async () => {
    const out = await dues([
      '某县健康县城创建工作方案',
      '某县人民政府办公室',
      '2025年3月2日',
      ...body.slice(0, 2),
      '3.建成村级卫生室5个,2026年10月底前完成(县卫健局负责)。',
    ]);
    expect(out).toContainEqual(['筛查率', null]);
  });

  it('keep no date when the title sets a span of years, however the dated tasks fall', async () => {
    const out = await dues(['某县健康县城创建工作方案(2025—2026年)', '某县人民政府办公室', '2025年3月2日', ...body]);
    expect(out).toContainEqual(['筛查率', null]);
  });
});

describe('targets of a campaign plan that states its own period', () => {
  it('are due at the end of the stated 活动时间', async () => {
    const out = await dues([
      '某县第10个健康宣传月活动方案',
      '某县爱国卫生运动委员会办公室',
      '2026年3月20日',
      '一、活动时间',
      '2026年5月1日至5月31日。',
      '二、重点活动',
      '1.开展集中宣传,发放宣传资料3000份(县卫健局负责)。',
      '2.开展义诊活动,5月10日前完成(县卫健局负责)。',
      '3.开展环境整治,清理卫生死角,5月20日前完成(县城管局负责)。',
    ]);
    expect(out).toContainEqual(['发放宣传资料', '2026-05-31']);
  });
});

describe('targets of a campaign announced to run from today to a date', () => {
  it('are due on the last day of the campaign', async () => {
    const out = await dues([
      '某县道路交通安全隐患清理百日行动方案',
      '某县安全生产委员会',
      '2026年2月3日',
      '经研究,决定即日起至2026年5月10日在全县开展道路交通安全隐患清理百日行动。',
      '一、行动目标',
      '全县临水临崖路段隐患整治率达到100%。',
      '二、任务分工',
      '1.排查农村公路临水临崖路段,3月31日前完成(县交通局负责)。',
      '2.整治学校周边交通秩序,4月30日前完成(县公安局负责)。',
    ]);
    expect(out).toContainEqual([expect.stringContaining('整治率'), '2026-05-10']);
  });
});
