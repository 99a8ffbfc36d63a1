import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/index.js';

describe('a page metadata field right above the title', () => {
  it('is not joined to the title as its first half', async () => {
    const plan = await parsePlan({
      text: [
        '某市人民政府',
        '【制定机关】某市卫生健康局',
        '【发布日期】2026-03-02',
        '【效力等级】规范性文件',
        '某市2026年爱国卫生运动工作要点',
        '一、重点任务',
        '1.开展城乡环境卫生整治,6月底前完成。(市卫生健康局牵头)',
      ].join('\n'),
    });
    expect(plan.meta.title).toBe('某市2026年爱国卫生运动工作要点');
  });
});
