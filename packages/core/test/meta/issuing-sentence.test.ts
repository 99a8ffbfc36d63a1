import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/extract/formats/index.js';
import { extractMeta } from '../../src/extract/meta/extract-meta.js';

const metaOf = async (text: string) => extractMeta(await readDocument({ text, fileName: 'page.txt' }));

describe('extractMeta: a page about the plan that tells how it was issued', () => {
  it('takes the office, number and signing day from the lead sentence, not the page 来源 and 发布时间', async () => {
    const meta = await metaOf(`溪川市人民政府门户网站
当前位置:首页 > 政务公开 > 政策解读
《溪川市2026年健康城市建设工作要点》政策解读
发布时间:2026-04-10 09:12  来源:市卫生健康局  浏览次数:88
日前,溪川市健康城市建设委员会印发了《溪川市2026年健康城市建设工作要点》(溪健城发〔2026〕3号,以下简称《要点》),落款日期为2026年3月30日。现解读如下。
一、主要任务
1.开展环境整治。全年清理卫生死角200处。牵头单位:市城管局;配合单位:各镇人民政府。`);
    expect(meta.title).toBe('溪川市2026年健康城市建设工作要点');
    expect(meta.issuer).toBe('溪川市健康城市建设委员会');
    expect(meta.docNumber).toBe('溪健城发〔2026〕3号');
    expect(meta.date).toBe('2026-03-30');
  });

  it('reads each part from the first sentence that tells it', async () => {
    const meta = await metaOf(`溪州市2026年营商环境工作要点
2026年2月,溪州市人民政府办公室印发《溪州市2026年营商环境工作要点》。
发布信息
2026年2月11日,溪州市人民政府办公室以溪政办发〔2026〕4号印发《溪州市2026年营商环境工作要点》。
一、推动审批提速
1.企业开办时间压减至1个工作日以内。(市市场监管局牵头)`);
    expect(meta.issuer).toBe('溪州市人民政府办公室');
    expect(meta.docNumber).toBe('溪政办发〔2026〕4号');
    expect(meta.date).toBe('2026-02-11');
  });

  it('takes no office from a clause that only cites the plan', async () => {
    const meta = await metaOf(`溪川市2026年控烟工作方案
发布时间:2026-04-10 09:12  来源:溪川市卫生健康局
为落实溪川市控烟工作领导小组印发《溪川市2026年控烟工作方案》(溪控烟发〔2026〕1号)的要求,现将任务分解如下。
一、主要任务
1.建设无烟机关。(市机关事务局牵头)`);
    expect(meta.issuer).toBe('溪川市卫生健康局');
    expect(meta.date).toBe('2026-04-10');
  });

  it('keeps a signature over the sentence', async () => {
    const meta = await metaOf(`溪川市2026年健康城市建设工作要点
近日,溪川市健康城市建设委员会印发了《溪川市2026年健康城市建设工作要点》(溪健城发〔2026〕3号),落款日期为2026年3月30日。
一、主要任务
1.开展环境整治。(市城管局牵头)
溪川市健康城市建设委员会办公室
2026年4月2日`);
    expect(meta.issuer).toBe('溪川市健康城市建设委员会办公室');
    expect(meta.docNumber).toBe('溪健城发〔2026〕3号');
    expect(meta.date).toBe('2026-04-02');
  });
});
