import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/extract/formats/index.js';
import { extractMeta } from '../../src/extract/meta/extract-meta.js';

const metaOf = async (text: string) => extractMeta(await readDocument({ text, fileName: 'page.txt' }));

describe('extractMeta: a notice with its one attachment on the same page', () => {
  it("takes the attachment's own heading as the plan's title", async () => {
    const meta = await metaOf(`溪南县人民政府关于分解落实2025年十项惠民工程目标任务的通知
各乡镇人民政府,县政府各部门:
现将十项惠民工程目标任务予以分解,请认真抓好落实。
附件:2025年十项惠民工程目标任务分解表
溪南县人民政府
2025年2月10日
附件
2025年十项惠民工程目标任务分解表
序号\t工作任务\t牵头单位\t完成时限
1\t新建幼儿园2所\t县教育局\t2025年8月底`);
    expect(meta.title).toBe('2025年十项惠民工程目标任务分解表');
    expect(meta.issuer).toBe('溪南县人民政府');
  });

  it('keeps the notice title when several attachments are listed', async () => {
    const meta = await metaOf(`溪南县卫生健康局关于做好2025年健康体检工作的通知
各乡镇卫生院:
现就有关事项通知如下。
附件:1.体检项目清单
2.报名表
溪南县卫生健康局
2025年2月10日`);
    expect(meta.title).toBe('溪南县卫生健康局关于做好2025年健康体检工作的通知');
  });
});

describe('extractMeta: metadata kept as pipe-separated cells', () => {
  it('reads each label cell with the cell after it', async () => {
    const meta = await metaOf(`标 题 | 溪北区爱国卫生运动委员会关于印发《溪北区2025年爱国卫生工作要点》的通知 |
发文字号 | 溪爱卫发〔2025〕3号 | 成文日期 | 2025年3月12日 |
发布机构 | 溪北区爱国卫生运动委员会办公室 |
各乡镇人民政府:
现将《溪北区2025年爱国卫生工作要点》印发给你们,请认真抓好落实。
溪北区爱国卫生运动委员会
2025年3月12日
溪北区2025年爱国卫生工作要点`);
    expect(meta.docNumber).toBe('溪爱卫发〔2025〕3号');
    expect(meta.date).toBe('2025-03-12');
    // The signer, not the office of it that published the page.
    expect(meta.issuer).toBe('溪北区爱国卫生运动委员会');
  });

  it('drops a bracketed note the 发布机构 field adds to the signer', async () => {
    const meta = await metaOf(`发布机构: 溪东县人民政府(办公室)  |
溪东县2025年民生实事工作方案
一、目标任务
1.新建公园3个。(县住建局牵头)
溪东县人民政府
2025年1月5日`);
    expect(meta.issuer).toBe('溪东县人民政府');
  });
});

describe('extractMeta: a title whose period stands on the next line', () => {
  it('joins the period line to the heading', async () => {
    const meta = await metaOf(`溪城市人民政府办公室
溪政办发〔2026〕5号
市政府办公室关于印发溪城市健康促进行动
实施方案(2026—2028年)的通知
各县(市、区)人民政府:
《溪城市健康促进行动实施方案(2026—2028年)》已经市政府同意,现印发给你们。
溪城市人民政府办公室
2026年4月2日
溪城市健康促进行动实施方案
(2026—2028年)
一、主要目标`);
    expect(meta.title).toBe('溪城市健康促进行动实施方案(2026—2028年)');
  });
});
