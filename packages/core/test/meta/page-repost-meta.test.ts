import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/extract/formats/index.js';
import { extractMeta } from '../../src/extract/meta/extract-meta.js';
import { docNumberFrom } from '../../src/extract/meta/doc-number.js';
import { metaLines } from '../../src/extract/meta/meta-lines.js';

const metaOf = async (text: string) => extractMeta(await readDocument({ text, fileName: 'page.txt' }));

describe('extractMeta: reposted pages', () => {
  it('reads a document number past a reading note after a character', async () => {
    const source = await readDocument({ text: '溪政發(fā)〔2021〕7號\n各區縣人民政府:\n', fileName: 'page.txt' });
    expect(docNumberFrom(null, metaLines(source), null)).toBe('溪政發〔2021〕7號');
  });

  it('dates a page with no signature by the sentence that tells when the plan was issued', async () => {
    const meta = await metaOf(`溪州市2022年优化营商环境工作要点
《溪州市2022年优化营商环境工作要点》是为进一步转变政府职能制定的工作要点。
  • 颁布时间:2022年5月
  • 发布单位:溪州市人民政府办公室
发布信息
2022年5月12日,溪州市人民政府办公室以溪政办发〔2022〕9号印发《溪州市2022年优化营商环境工作要点》。
全文
一、推动审批提速
1.企业开办时间压减至1个工作日以内。(市市场监管局牵头)`);
    expect(meta.date).toBe('2022-05-12');
  });

  it('ends a 来源 value at a bare 阅读 counter', async () => {
    const meta = await metaOf(`溪山县人民政府
溪山县2026年优化营商环境重点任务清单
发布日期:2026-02-27 15:08:36 来源:县营商环境建设工作领导小组办公室 阅读:
序号\t重点任务\t主责单位
1\t企业开办时间压缩至0.5个工作日以内\t县市场监管局`);
    expect(meta.issuer).toBe('县营商环境建设工作领导小组办公室');
    expect(meta.date).toBe('2026-02-27');
  });
});

describe('extractMeta: an unlabelled metadata block over the notice', () => {
  it('takes the signature below the addressees, not the office over a date at the top', async () => {
    const meta = await metaOf(`政府信息公开
溪城区人民政府办公室关于印发2024年重点工作任务分工方案的通知
11371421MB2853126X/2024-0318206
溪政办字〔2024〕6号
溪城区政府办公室
2024-03-18
有效
各乡镇人民政府、街道办事处,区政府各部门:
重点工作任务分工方案已经区政府同意,现印发给你们,请认真抓好落实。
溪州市溪城区人民政府办公室
2024 3月15日
2024年重点工作任务分工方案
一、扩大有效投资
1.新开工重点项目30个。(区发改局牵头)`);
    expect(meta.issuer).toBe('溪州市溪城区人民政府办公室');
    expect(meta.date).toBe('2024-03-15');
  });
});
