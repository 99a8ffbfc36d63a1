import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/index.js';
import { isDeadlineCell } from '../../src/extract/structure/deadline-shape.js';

describe('a closing 责任分工 section naming the roles of whole areas', () => {
  it('gives each named area’s items its lead and 配合 units, and is no duty itself', async () => {
    const text = [
      '健康某县行动实施方案',
      '一、重点行动',
      '(一)健康知识普及行动',
      '1.建立健康科普专家队伍。组建县级健康科普讲师团,每年开展健康巡讲不少于50场次。',
      '2.推进健康教育进农村。利用村级宣传栏普及健康知识。',
      '(二)全民健身行动',
      '1.完善健身设施网络。推进乡镇全民健身广场建设。',
      '2.开展群众体育活动。举办全民健身运动会(县总工会负责)。',
      '二、责任分工',
      '健康知识普及行动由县卫生健康委牵头,县委宣传部、县教体局配合;全民健身行动由县教体局牵头,县住建局配合。各乡镇人民政府负责本辖区的组织实施。',
      '三、保障措施',
      '(一)加强组织领导。县推进委员会统筹推进各项行动。',
    ].join('\n');
    const plan = await parsePlan({ text });
    expect(plan.tasks.map((t) => [t.title, t.lead, t.participants])).toEqual([
      ['建立健康科普专家队伍', ['县卫生健康委'], ['县委宣传部', '县教体局']],
      ['推进健康教育进农村', ['县卫生健康委'], ['县委宣传部', '县教体局']],
      ['完善健身设施网络', ['县教体局'], ['县住建局']],
      // An item's own attribution still wins.
      ['开展群众体育活动', ['县总工会'], []],
      ['加强组织领导', [], []],
    ]);
  });
});

describe('立行立改 in a deadline cell', () => {
  it('is a time frame alone or with 长期坚持 after it', () => {
    expect(isDeadlineCell('立行立改')).toBe(true);
    expect(isDeadlineCell('立行立改、长期坚持')).toBe(true);
    expect(isDeadlineCell('立行立改,长期坚持')).toBe(true);
    expect(isDeadlineCell('立行立改相关问题')).toBe(false);
  });
});
