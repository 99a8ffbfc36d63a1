import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/index.js';
import { timeLimitAfter } from '../../src/extract/structure/lone-deadline.js';

describe('timeLimitAfter', () => {
  it('reads a bracket of its own on the line, or a line of its own, and nothing else', () => {
    expect(timeLimitAfter('【2025年】')).toEqual({ value: '2025年', length: 7 });
    expect(timeLimitAfter('(3月、9月)。\n下一项')?.value).toBe('3月、9月');
    expect(timeLimitAfter('〔完成时限:2025年10月底前〕')?.value).toBe('2025年10月底前');
    expect(timeLimitAfter('。\n2025年6月底前。')?.value).toBe('2025年6月底前');
    expect(timeLimitAfter('【区财政局】')).toBeNull();
    expect(timeLimitAfter('【2025年】开展新的工作')).toBeNull();
    expect(timeLimitAfter('\n开展宣传活动')).toBeNull();
  });
});

describe('a time limit in a bracket of its own after the attribution bracket', () => {
  it('dates the item, and a time frame in it makes the item ongoing', async () => {
    const text = [
      '某县2025年优化营商环境工作要点',
      '一、提升服务效能',
      '1.开展政银企对接活动不少于6场。【县财政局牵头;县金融办配合】【2025年】',
      '2.推行“综合查一次”。【县司法局】【3月、9月】',
      '3.推行项目“拿地即开工”。【县自然资源局牵头;县住建局配合】【2025年启动,持续推进】',
      '4.清理拖欠企业账款。【县工信局】【完成时限:2025年8月底前】',
    ].join('\n');
    const plan = await parsePlan({ text });
    expect(plan.tasks.map((t) => [t.lead, t.participants, t.due, t.ongoing])).toEqual([
      [['县财政局'], ['县金融办'], ['2025-12-31'], false],
      [['县司法局'], [], ['2025-03-31', '2025-09-30'], false],
      [['县自然资源局'], ['县住建局'], ['2025-12-31'], true],
      [['县工信局'], [], ['2025-08-31'], false],
    ]);
  });

  it('each of two attributed clauses keeps the time limit written after its own bracket', async () => {
    const text = [
      '某县2025年优化营商环境工作要点',
      '一、提升服务效能',
      '1.建立企业诉求台账(县工信局)【2025年6月】;开展营商环境评价(县发改局)【2025年11月】。',
    ].join('\n');
    const plan = await parsePlan({ text });
    expect(plan.tasks.map((t) => [t.lead, t.due])).toEqual([
      [['县工信局'], ['2025-06-30']],
      [['县发改局'], ['2025-11-30']],
    ]);
  });
});
