import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/index.js';

const roles = (plan: Awaited<ReturnType<typeof parsePlan>>) => plan.tasks.map((t) => [t.number, t.lead, t.participants]);

describe('a bracketed note closing a labelled line', () => {
  it('stays on its unit after a group with a note of its own', async () => {
    const plan = await parsePlan({
      text: [
        '某市2024年重点工作任务分解',
        '一、稳定就业',
        '1.开展高校毕业生就业帮扶,落实见习补贴。',
        '责任单位:市就业服务中心、市人社局等,各县(市、区)政府(管委会)',
        '2.开展农民工技能培训。',
        '责任单位:市人社局、市农业农村局等,各县(区)政府(管委会)',
      ].join('\n'),
    });
    expect(roles(plan)).toEqual([
      ['1', ['市就业服务中心'], ['市人社局', '各县(市、区)政府(管委会)']],
      ['2', ['市人社局'], ['市农业农村局', '各县(区)政府(管委会)']],
    ]);
  });
});

describe('a page field glued onto the last labelled slot', () => {
  it('ends the slot without dropping the units before it', async () => {
    const plan = await parsePlan({
      text: [
        '某县2024年卫生健康重点任务分解',
        '1.推进村卫生室标准化建设。',
        '牵头责任单位:县卫健委',
        '主要协作单位:各乡镇人民政府,县财政局、县医保局',
        '2.开展适龄儿童窝沟封闭。',
        '牵头责任单位:县卫健委',
        '主要协作单位:各乡镇人民政府,县教育局、县财政局',
        '',
        '监督方式:0000-1234567',
      ].join('\n'),
    });
    expect(roles(plan)).toEqual([
      ['1', ['县卫健委'], ['各乡镇人民政府', '县财政局', '县医保局']],
      ['2', ['县卫健委'], ['各乡镇人民政府', '县教育局', '县财政局']],
    ]);
  });
});
