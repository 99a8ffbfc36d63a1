import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/extract/formats/index.js';
import { extractMeta } from '../../src/extract/meta/extract-meta.js';

const metaOf = async (text: string) => extractMeta(await readDocument({ text, fileName: 'page.txt' }));

describe('extractMeta: a jointly signed notice on a page whose 来源 names one signer', () => {
  it('keeps both signers when the notice title names them together', async () => {
    const meta = await metaOf(`青川镇2026年重点工作责任清单
发布时间:2026-02-24  文章来源:青川镇人民政府  点击数:
中共青川镇委员会 青川镇人民政府关于印发《青川镇2026年重点工作责任清单》的通知
各村(社区),镇直各单位:
现将《青川镇2026年重点工作责任清单》印发给你们,请认真落实。
中共青川镇委员会    青川镇人民政府
2026年2月20日
一、新建村级停车场3处。(镇规划建设办牵头)`);
    expect(meta.issuer).toBe('中共青川镇委员会 青川镇人民政府');
  });

  it('takes the signer the 来源 names when nothing else says they issued it together', async () => {
    const meta = await metaOf(`青川市2026年学校卫生工作要点
时间:2026-03-25 09:41  来源:青川市教育局
各县(市、区)教育局:
现将《青川市2026年学校卫生工作要点》印发给你们,请认真落实。
青川市教育局    青川市卫生健康委员会
2026年3月20日
一、新建学校卫生室12个。(市教育局负责)`);
    expect(meta.issuer).toBe('青川市教育局');
  });
});
