import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/index.js';

describe('a heading whose bracket names the owner of its items', () => {
  it('keeps the lead on the heading unit; an item bracket of bare units adds participants', async () => {
    const plan = await parsePlan({
      text: [
        '某县2025年文化惠民工作分工',
        '一、丰富公共文化服务(县文化旅游局牵头)',
        '  1.举办群众文艺演出60场。(县财政局、各乡镇人民政府)',
        '  2.更新农家书屋图书2万册。',
        '二、加强文物保护(县文化旅游局、县自然资源局按职责分工负责)',
        '  3.完成不可移动文物安全巡查。(县公安局)',
        '三、推进体育设施建设',
        '  4.新建健身步道10公里。(县教育体育局、县住建局)',
        '  5.改造体育场看台。(牵头单位:县住建局;配合单位:县教育体育局)',
      ].join('\n'),
    });
    expect(plan.tasks.map((t) => [t.number, t.lead, t.participants, t.separateLeads])).toEqual([
      ['1', ['县文化旅游局'], ['县财政局', '各乡镇人民政府'], false],
      ['2', ['县文化旅游局'], [], false],
      ['3', ['县文化旅游局', '县自然资源局'], ['县公安局'], true],
      // No owner above: a bare list is read as written, its first unit leading.
      ['4', ['县教育体育局'], ['县住建局'], false],
      ['5', ['县住建局'], ['县教育体育局'], false],
    ]);
  });

  it('reads "(由X牵头落实)" on a heading as the lead of every item beneath it', async () => {
    const plan = await parsePlan({
      text: [
        '某区医共体建设实施方案',
        '一、重点任务',
        '(一)健全管理体制(由区医共体管理委员会办公室牵头落实)',
        '  1.成立管理委员会。统筹规划建设、投入保障和考核监管。',
        '  2.落实经营自主权。制定权责清单。',
        '(二)推进资源整合',
        '  3.统一财务管理。实行统一核算。(区财政局牵头落实,区卫生健康委配合)',
      ].join('\n'),
    });
    expect(plan.tasks.map((t) => [t.number, t.lead, t.participants])).toEqual([
      ['1', ['区医共体管理委员会办公室'], []],
      ['2', ['区医共体管理委员会办公室'], []],
      ['3', ['区财政局'], ['区卫生健康委']],
    ]);
  });
});
