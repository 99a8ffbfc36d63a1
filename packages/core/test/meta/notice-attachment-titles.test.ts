import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/extract/formats/index.js';
import { extractMeta } from '../../src/extract/meta/extract-meta.js';

const metaOf = async (text: string) => extractMeta(await readDocument({ text, fileName: 'page.txt' }));

describe('extractMeta: a notice with two attachments', () => {
  it("takes the heading the notice names, not another attachment's close to it", async () => {
    const meta = await metaOf(`青川市人民政府关于印发青川市2026年为民办实事项目的通知
各乡镇人民政府,市直各部门:
现将《青川市2026年为民办实事项目》印发给你们,请认真贯彻落实。
附件:1.青川市2026年为民办实事项目
2.青川市2026年为民办实事项目推进工作责任表
青川市人民政府
2026年2月10日
附件1
青川市2026年为民办实事项目
一、新建城区停车位800个。(市住建局牵头)`);
    expect(meta.title).toBe('青川市2026年为民办实事项目');
  });

  it('never takes a heading left out of the page', async () => {
    const meta = await metaOf(`青川市人民政府关于印发青川市2026年为民办实事项目的通知
各乡镇人民政府,市直各部门:
现将《青川市2026年为民办实事项目》印发给你们,请认真贯彻落实。
附件:青川市2026年为民办实事项目推进责任表(略)
青川市人民政府
2026年2月10日
一、新建城区停车位800个。(市住建局牵头)`);
    expect(meta.title).toBe('青川市2026年为民办实事项目');
  });
});

describe('extractMeta: a bulletin header', () => {
  it('does not open the title with the office and date row above it', async () => {
    const meta = await metaOf(`督 查 通 报
2026年第2期
青川县人民政府督查室                        2026年4月9日
                      关于县政府重点工作推进情况的督查通报
各乡镇人民政府,县直各部门:
现将有关情况通报如下:
一、新建城区停车位800个。(县住建局牵头)`);
    expect(meta.title).toBe('关于县政府重点工作推进情况的督查通报');
    expect(meta.issuer).toBe('青川县人民政府督查室');
  });
});
