import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/extract/formats/index.js';
import { extractMeta } from '../../src/extract/meta/extract-meta.js';
import { draftingSigner } from '../../src/extract/meta/joint-issuer.js';
import { isSiteNavigation } from '../../src/extract/structure/site-navigation.js';

const metaOf = async (text: string) => extractMeta(await readDocument({ text, fileName: 'page.txt' }));

describe('a notice signed jointly by two offices', () => {
  it('is issued by the office its document number abbreviates', () => {
    expect(draftingSigner('临江区水务局 临江区林业局', '临水发〔2026〕5号')).toBe('临江区水务局');
    expect(draftingSigner('南岭市卫生健康委员会 南岭市教育局', '南卫发〔2026〕12号')).toBe('南岭市卫生健康委员会');
  });
  it('keeps every signer when the number abbreviates several of them, or none', () => {
    expect(draftingSigner('南岭市卫生健康委员会 南岭市老龄工作委员会办公室', '南卫老龄〔2026〕2号')).toBe(
      '南岭市卫生健康委员会 南岭市老龄工作委员会办公室',
    );
    expect(draftingSigner('中共南岭县委办公室 南岭县人民政府办公室', '南办发〔2026〕3号')).toBe('中共南岭县委办公室 南岭县人民政府办公室');
    expect(draftingSigner('南岭县水务局 南岭县林业局', null)).toBe('南岭县水务局 南岭县林业局');
  });
  it('reads the first signer from a page whose number is the first office’s', async () => {
    const meta = await metaOf(`临江区2026年河道保洁工作要点
临江区水务局 临江区林业局
临水发〔2026〕5号
各街道:
现将《临江区2026年河道保洁工作要点》印发给你们,请认真贯彻落实。
临江区水务局 临江区林业局
2026年3月2日
一、全面落实河道保洁责任。`);
    expect(meta.issuer).toBe('临江区水务局');
  });
});

describe('a 发布单位 field in short form beside a 来源 field that spells the office out', () => {
  it('takes the full name of the office', async () => {
    const meta = await metaOf(`文号: 临卫城办〔2026〕1号 成文日期: 2026-03-06
发布单位: 区卫生城市办
关于印发《临江区2026年卫生城市建设工作要点》的通知
发布时间:2026-03-11  信息来源:临江区卫生城市建设委员会办公室
各街道办事处:
现将《临江区2026年卫生城市建设工作要点》印发给你们。
一、开展环境整治。`);
    expect(meta.issuer).toBe('临江区卫生城市建设委员会办公室');
  });
  it('keeps the field when the source is another kind of office', async () => {
    const meta = await metaOf(`发布单位: 区卫生健康局
信息来源:临江区融媒体中心
临江区2026年健康促进工作要点
一、开展健康教育。`);
    expect(meta.issuer).toBe('区卫生健康局');
  });
});

describe('site tool links above the title', () => {
  it('are page furniture, glued or spaced', () => {
    expect(isSiteNavigation('无障碍关怀版English')).toBe(true);
    expect(isSiteNavigation('繁体 | 长者模式')).toBe(true);
    expect(isSiteNavigation('无障碍设施建设')).toBe(false);
  });
  it('are not read into the title', async () => {
    const meta = await metaOf(`无障碍关怀版English
临江县2026年重点项目推进计划
发布时间:2026-02-27 来源:县发展和改革局
为加快推进全县重点项目建设,现将计划公布如下。`);
    expect(meta.title).toBe('临江县2026年重点项目推进计划');
  });
});

describe('a 督查通报 carrying its progress table as records', () => {
  it("takes the table's own title", async () => {
    const meta = await metaOf(`临江市人民政府督查室关于2026年重点督办事项第二季度推进情况的通报
临政督通〔2026〕5号
各区县人民政府:
现将有关情况通报如下。详见附件。
临江市人民政府督查室
2026年7月10日
附件:2026年重点督办事项进展情况表(节选)
【序号】1【督办事项】建成市体育中心【责任单位】市体育局【办结时限】2026年12月底【评价】绿`);
    expect(meta.title).toBe('2026年重点督办事项进展情况表');
  });
});

describe('a short-form 来源 office that the page names in full under its table', () => {
  it('takes the full name', async () => {
    const meta = await metaOf(`临江县2025年民生实事分解表
发布日期:2025-03-10    来源:县政府办公室
序号   民生实事内容                牵头单位        完成时限
1      新建农村幸福院6个           县民政局        2025年10月
临江土家族自治县人民政府办公室`);
    expect(meta.issuer).toBe('临江土家族自治县人民政府办公室');
  });
});

describe('a weekly or monthly progress report', () => {
  it('is titled by its own heading with its issue', async () => {
    const meta = await metaOf(`临江市人民政府 > 政务公开 > 督查落实
临江市2025年重点工作推进情况月报(6月)
发布时间:2025-07-04  来源:市政府督查室
1.城区管网改造
任务目标:改造老旧管网40公里。`);
    expect(meta.title).toBe('临江市2025年重点工作推进情况月报(6月)');
  });
});

describe('page header shapes', () => {
  it('reads a 来源 closed by an empty 浏览 field, and dates the page by it', async () => {
    const meta = await metaOf(`临江县人民政府 > 信息公开 > 县卫健委
临江县卫生健康委员会2025年重点工作任务分解
发布时间:2025-02-20  来源:县卫健委  浏览:
1.推进县域医共体建设。承办股室:医政股;完成时限:2025年12月。`);
    expect([meta.issuer, meta.date]).toEqual(['县卫健委', '2025-02-20']);
  });
  it('reads a document number that opens the publication line', async () => {
    const meta = await metaOf(`临江市人民政府办公室关于印发2025年重点工作分解的通知
临府办发〔2025〕7号 发布时间:2025-02-20
各县人民政府:
现将分解表印发给你们。
临江市人民政府办公室
2025年2月18日`);
    expect(meta.docNumber).toBe('临府办发〔2025〕7号');
  });
  it('takes 国务院 as a signature', async () => {
    const meta = await metaOf(`国务院关于落实重点工作分工的意见
国发〔2025〕3号
各部委:
现提出分工意见如下。
国务院
2025年3月10日`);
    expect(meta.issuer).toBe('国务院');
  });
});

describe('a signature that leaves out its place', () => {
  it('gives way to the page’s 发布机构 naming the same level’s government with its place', async () => {
    const meta = await metaOf(`标 题:东河镇2026年健康社区建设工作安排
发布机构:东河镇人民政府
发布日期:2026-03-18

东河镇2026年健康社区建设工作安排
1.开展环境整治。每月组织一次集中大扫除。
镇爱卫办
2026年3月16日`);
    expect(meta.issuer).toBe('东河镇人民政府');
  });
  it('is kept when the page names no issuer of its own', async () => {
    const meta = await metaOf(`东河镇2026年健康社区建设工作安排
1.开展环境整治。每月组织一次集中大扫除。
镇爱卫办
2026年3月16日`);
    expect(meta.issuer).toBe('镇爱卫办');
  });
});
