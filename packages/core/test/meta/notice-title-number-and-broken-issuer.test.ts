import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/extract/formats/index.js';
import { extractMeta } from '../../src/extract/meta/extract-meta.js';

const metaOf = async (text: string) => extractMeta(await readDocument({ text, fileName: 'page.txt' }));

describe('extractMeta: notice titles closed by their number, issuers on a line of their own', () => {
  it('reads "关于印发X的通知(文号)" repeated under the breadcrumb as a finished notice title', async () => {
    const meta = await metaOf(`某法规网 | 法规库 | 标准库
当前位置: 首页 » 政策法规 » 地方法规 » 乐昌市人民政府办公室关于印发健康乐昌行动实施方案的通知(乐府办〔2020〕18号)
乐昌市人民政府办公室关于印发健康乐昌行动实施方案的通知(乐府办〔2020〕18号)
各镇人民政府、街道办事处,市直各单位:
《健康乐昌行动实施方案》已经市人民政府同意,现印发给你们,请认真组织实施。
乐昌市人民政府办公室
2020年11月5日
健康乐昌行动实施方案
一、工作目标`);
    expect(meta.title).toBe('健康乐昌行动实施方案');
    expect(meta.issuer).toBe('乐昌市人民政府办公室');
  });

  it('takes the office printed alone above "关于印发…的通知" as the issuer when nothing is signed', async () => {
    const meta = await metaOf(`荆政办发〔2020〕22号
市人民政府办公室
关于印发健康荆门行动推进方案的通知
各县、市、区人民政府,市政府各部门:
经市人民政府同意,现将《健康荆门行动推进方案》印发给你们,请认真组织实施。
2020年10月9日
健康荆门行动推进方案
一、行动目标`);
    expect(meta.title).toBe('健康荆门行动推进方案');
    expect(meta.issuer).toBe('市人民政府办公室');
  });
});
