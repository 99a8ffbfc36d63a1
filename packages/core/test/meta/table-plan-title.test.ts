import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/extract/formats/index.js';
import { extractMeta } from '../../src/extract/meta/extract-meta.js';

const metaOf = async (text: string) => extractMeta(await readDocument({ text, fileName: 'plan.txt' }));

describe('extractMeta: a plan that is a task table', () => {
  it('takes the table plan heading as the title, never a header cell that is part of its name', async () => {
    const meta = await metaOf(`松岭县卫生健康局关于印发《松岭县2024年健康县城建设重点任务分解表》的通知
各乡镇卫生院,局机关各股室:
现将《松岭县2024年健康县城建设重点任务分解表》印发给你们,请抓好落实。
松岭县卫生健康局
2024年2月26日
松岭县2024年健康县城建设重点任务分解表
序号
重点任务
责任单位
完成时限
1
开展农贸市场环境整治,规范活禽交易区管理。
县市场监管局
2024年6月底前`);
    expect(meta.title).toBe('松岭县2024年健康县城建设重点任务分解表');
    expect(meta.annual).toBe(true);
    expect(meta.planYear).toBe(2024);
  });
});
