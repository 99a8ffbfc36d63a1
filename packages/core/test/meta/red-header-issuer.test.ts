import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/extract/formats/index.js';
import { extractMeta } from '../../src/extract/meta/extract-meta.js';

const metaOf = async (text: string) => extractMeta(await readDocument({ text, fileName: 'page.txt' }));

describe('extractMeta: the office printed over the 文号 of a page without signature', () => {
  it('is the issuer rather than the office the 来源 field names', async () => {
    const meta = await metaOf(`溪南县2026年乡村振兴重点工作任务分工
发布时间:2026-03-29 来源:溪南县农业农村局
中共溪南县委农村工作领导小组
溪农组发〔2026〕2号
一、稳定粮食生产
(一)新建高标准农田3万亩。(县农业农村局)`);
    expect(meta.issuer).toBe('中共溪南县委农村工作领导小组');
    expect(meta.docNumber).toBe('溪农组发〔2026〕2号');
  });

  it('leaves stacked offices of a joint header to the signature', async () => {
    const meta = await metaOf(`溪南县卫生健康局
溪南县教育局
溪卫发〔2026〕3号
溪南县卫生健康局 溪南县教育局关于印发2026年学校卫生工作要点的通知
各学校:
现将要点印发给你们。
溪南县卫生健康局
溪南县教育局
2026年2月26日`);
    expect(meta.issuer).not.toBe('溪南县教育局');
  });
});
