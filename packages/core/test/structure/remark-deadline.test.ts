import { describe, expect, it } from 'vitest';
import { parsePlan } from '@duban/core';

describe('a remarks column with no deadline column', () => {
  it('gives a row its deadline when the remark is a closing date, and nothing when it is a note', async () => {
    const plan = await parsePlan({
      text: [
        '某县2025年民生实事推进情况表',
        '序号\t民生项目\t年度目标\t牵头单位\t备注',
        '1\t道路提升\t改造背街小巷8条\t县住建局\t9月底前完成',
        '2\t托育服务\t新增托位200个\t县卫健局\t3月已开工2处',
        '3\t全民健身\t新建健身广场4个\t县体育局\t',
      ].join('\n'),
    });
    expect(plan.tasks.map((t) => t.due)).toEqual([['2025-09-30'], [], []]);
  });
});
