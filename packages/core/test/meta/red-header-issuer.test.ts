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
    // The page was posted that day; the document's own date is under its signature, which the page does not print.
    expect(meta.date).toBeNull();
  });

  it('still dates a page by its publication line when that line names the issuer', async () => {
    const meta = await metaOf(`溪南县2026年乡村振兴重点工作任务分工
发布时间:2026-03-29 来源:溪南县农业农村局
一、稳定粮食生产
(一)新建高标准农田3万亩。(县农业农村局)`);
    expect(meta.issuer).toBe('溪南县农业农村局');
    expect(meta.date).toBe('2026-03-29');
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

describe('extractMeta: an inspection report carrying the table it reports on', () => {
  it("takes the table's own heading as the title", async () => {
    const meta = await metaOf(`溪南县人民政府督查室
关于2026年一季度县政府重点工作推进情况的督查通报
溪政督〔2026〕4号
各镇人民政府,县直各单位:
现将推进情况通报如下。
附件:2026年县政府重点工作推进情况表
溪南县人民政府督查室
2026年4月8日
2026年县政府重点工作推进情况表
序号|重点工作|责任单位|时间节点
1|实施城区雨污分流改造20公里|县住建局|2026年9月底`);
    expect(meta.title).toBe('2026年县政府重点工作推进情况表');
  });
});
