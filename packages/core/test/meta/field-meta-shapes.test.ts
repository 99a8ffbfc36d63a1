import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/index.js';

const meta = async (lines: string[]) => (await parsePlan({ text: lines.join('\n') })).meta;

describe('metadata shapes of field pages', () => {
  it('reads [label]value fields written in square brackets', async () => {
    const m = await meta([
      '[标题]某区关于印发《某区2025年政务公开要点》的通知',
      '[发文机构]某区人民政府办公室[发文字号]某政办发〔2025〕3号',
      '某区2025年政务公开要点',
      '1.公开预算信息。(区财政局负责)',
    ]);
    expect(m.docNumber).toBe('某政办发〔2025〕3号');
    expect(m.title).toBe('某区2025年政务公开要点');
  });
  it('reads a law-database header whose number is labelled 发布字号', async () => {
    const m = await meta([
      '某省林业局关于印发2025年森林防火工作要点的通知',
      '【制定机关】某省林业局',
      '【发布字号】某林发〔2025〕12号',
      '【发布日期】2025.02.10',
      '2025年森林防火工作要点',
      '1.开展林区火源排查。(省林业局负责)',
    ]);
    expect(m.docNumber).toBe('某林发〔2025〕12号');
    expect(m.issuer).toBe('某省林业局');
  });
  it('takes the issuer from an issuing line under the title over an abbreviated signature', async () => {
    const m = await meta([
      '某市2026年节水工作方案',
      '(2026年2月12日某市节约用水工作领导小组印发)',
      '1.开展节水型单位创建。(牵头:市水务局)',
      '某市节水办',
      '2026年2月12日',
    ]);
    expect(m.issuer).toBe('某市节约用水工作领导小组');
    expect(m.date).toBe('2026-02-12');
  });
  it('reads office and date from an issuing line in brackets that names the office first, as a table title carries it', async () => {
    const m = await meta([
      '某区2026年优化营商环境攻坚任务清单',
      '(某市某区优化营商环境工作领导小组办公室 2026年3月9日印发)',
      '序号\t攻坚任务\t牵头单位\t完成时限',
      '1\t压缩开办时间\t区市场监管局\t2026年6月底',
    ]);
    expect(m.issuer).toBe('某市某区优化营商环境工作领导小组办公室');
    expect(m.date).toBe('2026-03-09');
  });
  it('reads office and date from a bracketed line under the title that carries no 印发', async () => {
    const m = await meta([
      '某市2026年数字政府建设任务清单',
      '(某市政务服务数据管理局 2026年4月7日)',
      '序号\t建设任务\t牵头单位\t完成时限',
      '1\t建成一体化政务云平台\t市大数据中心\t2026年10月底',
    ]);
    expect(m.issuer).toBe('某市政务服务数据管理局');
    expect(m.date).toBe('2026-04-07');
  });
  it('reads no office from a bracketed date alone under the title', async () => {
    const m = await meta(['某市2026年数字政府建设任务清单', '(2026年4月7日)', '1.建成一体化政务云平台。(市大数据中心)']);
    expect(m.issuer).toBeNull();
  });
  it('keeps a bracketed note that only ends in 发布 and names no office out of the meta', async () => {
    const m = await meta(['某县2026年控烟工作要点', '(本要点自2026年4月1日起发布)', '1.开展无烟机关建设。(县卫生健康局)']);
    expect(m.issuer).toBeNull();
  });
  it('reads the document number that closes a notice title in brackets, and a 任务分解 title', async () => {
    const m = await meta([
      '某市人民政府办公室关于印发2025年重点工作任务分解的通知(某府办〔2025〕8号)',
      '各镇人民政府:',
      '现印发给你们。',
      '某市人民政府办公室',
      '2025年2月1日',
      '2025年重点工作任务分解',
      '1.新建公园3个。(市林业局负责)',
    ]);
    expect(m.docNumber).toBe('某府办〔2025〕8号');
    expect(m.title).toBe('2025年重点工作任务分解');
  });
  it('drops an attachment label and a non-period note around a title, and keeps a period note', async () => {
    expect(
      (await meta(['附件1:某县2025年实事项目分解表(由督办系统导出)', '序号,项目名称,牵头单位,完成时限', '1,公园建设,县林业局,2025年9月底']))
        .title,
    ).toBe('某县2025年实事项目分解表');
    expect((await meta(['某县2025年项目推进台账(截至6月30日)', '1.新建公园3个。(县林业局负责)'])).title).toBe(
      '某县2025年项目推进台账(截至6月30日)',
    );
  });

  it('reads the signature that closes a covering notice run onto one line', async () => {
    const m = await meta([
      '某县2025年民生实事项目清单',
      '时间:2025-03-05 10:26:17  来源:县政府办',
      '某县人民政府关于印发某县2025年民生实事项目清单的通知 各乡镇人民政府,县政府各部门:现将《某县2025年民生实事项目清单》印发给你们,请抓好落实。 某县人民政府 2025年3月3日',
      '某县2025年民生实事项目清单',
      '一、教育提质工程。新建第三幼儿园。责任单位:县教育和体育局;完成时限:2025年8月底。',
    ]);
    expect(m.issuer).toBe('某县人民政府');
    expect(m.date).toBe('2025-03-03');
  });
});

describe('a signature dated by month and day only', () => {
  it('takes the year from the document number', async () => {
    const m = await meta([
      '某市卫生健康委员会关于印发《某市妇幼工作要点》的通知',
      '某卫发〔2025〕12号',
      '各县区卫生健康委:',
      '  现将要点印发给你们。',
      '某市卫生健康委员会',
      '5月6日',
      '某市妇幼工作要点',
      '一、任务',
      '1.开展孕产妇健康管理。(市卫生健康委)',
    ]);
    expect(m.date).toBe('2025-05-06');
  });
});
