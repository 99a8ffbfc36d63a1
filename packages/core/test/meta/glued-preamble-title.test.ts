import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/index.js';

describe('a title run into the preamble on a document site preview', () => {
  it('takes the title before the first sentence of the preamble', async () => {
    const plan = await parsePlan({
      text: ['文档简介', '创建市级卫生镇实施方案为大力推进卫生镇创建,改善人居环境,制定本方案。一、工作目标到2026年创成市级卫生镇。'].join(
        '\n',
      ),
    });
    expect(plan.meta.title).toBe('创建市级卫生镇实施方案');
  });

  it('takes the title before a reader note, and the plan name after a file name', async () => {
    const noted = await parsePlan({ text: ['文档简介', '某市儿童营养改善行动方案(2024-2026年) 导读:儿童营养是健康的基础。'].join('\n') });
    expect(noted.meta.title).toBe('某市儿童营养改善行动方案(2024-2026年)');
    const named = await parsePlan({
      text: ['某镇2025年控烟行动实施方案范文 某镇2025年控烟行动实施方案为全面推进控烟工作,提升群众健康水平,特制定本方案。'].join('\n'),
    });
    expect(named.meta.title).toBe('某镇2025年控烟行动实施方案');
  });
});
