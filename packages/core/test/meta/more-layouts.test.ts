import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/extract/formats/index.js';
import { extractMeta } from '../../src/extract/meta/extract-meta.js';

const metaOf = async (text: string) => extractMeta(await readDocument({ text, fileName: 'plan.txt' }));

describe('extractMeta: more layouts', () => {
  it('names both offices of a jointly issued signature and reads a bare 印发 date line', async () => {
    const meta = await metaOf(`关于印发溪城市儿童青少年近视防控工作方案的通知
各县区教育局、卫生健康局:
现将方案印发给你们,请认真执行。
溪城市教育局    溪城市卫生健康委员会
2021年9月1日
溪城市儿童青少年近视防控工作方案
一、工作目标
到2023年,儿童青少年总体近视率每年降低0.5个百分点以上。
溪城市教育局办公室              2021年9月3日印发`);
    expect(meta.title).toBe('溪城市儿童青少年近视防控工作方案');
    expect(meta.issuer).toBe('溪城市教育局 溪城市卫生健康委员会');
    expect(meta.date).toBe('2021-09-01');
    expect(meta.planYear).toBe(2021);
    expect(meta.annual).toBe(false);
    const printedOnly = await metaOf('溪城市儿童青少年近视防控工作方案\n一、工作目标\n降低近视率。\n2021年9月3日印发');
    expect(printedOnly.date).toBe('2021-09-03');
  });

  it('reads offices stacked above the date and a notice written "X印发《Y》的通知"', async () => {
    const meta = await metaOf(`溪城市卫生健康委员会 溪城市教育局印发《溪城市学校卫生工作方案》的通知
各县区:
现将方案印发给你们。
溪城市卫生健康委员会
溪城市教育局
2021年6月1日
溪城市学校卫生工作方案
一、工作任务`);
    expect(meta.title).toBe('溪城市学校卫生工作方案');
    expect(meta.issuer).toBe('溪城市卫生健康委员会 溪城市教育局');
    expect(meta.date).toBe('2021-06-01');
  });

  it('prefers the page 标题 field over menu entries when there is no notice', async () => {
    const meta = await metaOf(`首页 | 政务公开 | 办事服务
发展规划
工作计划
标    题: 青川县全民健身实施计划(2021—2025年)
发文字号: 青县政发〔2021〕8号
青川县全民健身实施计划(2021—2025年)
一、总体要求
(一)指导思想。坚持以人民为中心。
青川县人民政府
2021年11月5日`);
    expect(meta).toEqual({
      title: '青川县全民健身实施计划(2021—2025年)',
      issuer: '青川县人民政府',
      docNumber: '青县政发〔2021〕8号',
      date: '2021-11-05',
      planYear: 2021,
      annual: false,
    });
  });

  it('reads a forwarding notice (关于转发) and the forwarded plan', async () => {
    const meta = await metaOf(`云溪市卫生健康委员会关于转发《健康云溪行动2022年工作要点》的通知
云卫发〔2022〕3号
各县市区卫生健康局:
现将《健康云溪行动2022年工作要点》转发给你们,请遵照执行。
云溪市卫生健康委员会
2022年2月10日
健康云溪行动2022年工作要点
一、重点任务
1.加强健康教育(市卫生健康委)`);
    expect(meta).toEqual({
      title: '健康云溪行动2022年工作要点',
      issuer: '云溪市卫生健康委员会',
      docNumber: '云卫发〔2022〕3号',
      date: '2022-02-10',
      planYear: 2022,
      annual: true,
    });
  });

  it('takes the title from the 标题 field when the page lost its heading', async () => {
    const meta = await metaOf(`索引号: 000123/2020-00042
标题: 临江区关于加快推进健康临江建设的实施方案
成文日期: 2020-09-15
一、总体目标
到2022年,健康临江建设取得明显成效。`);
    expect(meta.title).toBe('临江区关于加快推进健康临江建设的实施方案');
    expect(meta.date).toBe('2020-09-15');
  });

  it('takes the signature year when the title names a year only as part of a name', async () => {
    const meta = await metaOf('健康青川2030行动纲要\n一、总体目标\n到2030年,人均预期寿命达到80岁。\n青川市人民政府\n2019年10月8日');
    expect(meta.planYear).toBe(2019);
    expect(meta.annual).toBe(false);
  });

  it('reads a traditional-character mirror copy and a number whose opening bracket was lost', async () => {
    const meta = await metaOf(`青川市人民政府辦公室關於印發青川市健康城市建設工作方案的通知
青政辦發2021〕12號
各縣區人民政府:
青川市人民政府辦公室
2021年5月6日
青川市健康城市建設工作方案
一、總體要求`);
    expect(meta).toEqual({
      title: '青川市健康城市建設工作方案',
      issuer: '青川市人民政府辦公室',
      docNumber: '青政辦發2021〕12號',
      date: '2021-05-06',
      planYear: 2021,
      annual: false,
    });
  });

  it('does not take a cited document number or a web publication date', async () => {
    const meta = await metaOf(`发布时间: 2019-03-02 浏览次数: 12
江北区健康促进工作方案
根据《国务院关于实施健康中国行动的意见》(国发〔2019〕13号)精神,制定本方案。
一、工作任务
1.开展健康教育。`);
    expect(meta.title).toBe('江北区健康促进工作方案');
    expect(meta.docNumber).toBeNull();
    expect(meta.date).toBeNull();
  });
});
