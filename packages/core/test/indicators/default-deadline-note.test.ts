import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/index.js';

describe('a document-level note giving undated duties a deadline', () => {
  it('gives that date to the targets of the duties it fills, not to goals or dated duties', async () => {
    const plan = await parsePlan({
      text: [
        '某县2026年全民健身工作要点',
        '一、工作目标',
        '全县经常参加体育锻炼人数比例达到40%以上。',
        '二、重点任务',
        '1.完善健身设施。新建健身步道不少于20公里。(牵头:县体育局)',
        '2.举办群众赛事。全年举办赛事活动30场,6月底前完成春季赛事。(牵头:县体育局)',
        '三、其他',
        '上述任务未注明完成时间的,均于2026年10月底前完成。',
      ].join('\n'),
    });
    expect(plan.indicators.map((i) => [i.target, i.due])).toEqual([
      [40, '2026-12-31'],
      [20, '2026-10-31'],
      [30, '2026-12-31'],
    ]);
  });
});
