import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/index.js';

describe('a 形象进度 column of a project ledger', () => {
  it('is what was done, never part of the duty nor a target', async () => {
    const plan = await parsePlan({
      text: [
        '某县2025年重点民生项目推进情况表',
        '序号\t项目名称\t建设内容及规模\t形象进度\t责任单位\t计划完成时间',
        '1\t县第二中学扩建项目\t新建教学楼1栋,新增学位1200个\t2栋主体完工\t县教育局\t2025年8月',
      ].join('\n'),
    });
    expect(plan.tasks.map((t) => t.text)).toEqual(['县第二中学扩建项目\n新建教学楼1栋,新增学位1200个']);
    expect(plan.indicators.map((i) => [i.target, i.unit])).not.toContainEqual([2, '栋']);
  });
});
