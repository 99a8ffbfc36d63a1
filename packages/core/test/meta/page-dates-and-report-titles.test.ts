import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/index.js';

const meta = async (lines: string[]) => (await parsePlan({ text: lines.join('\n') })).meta;

describe('the signature date over a page date', () => {
  it('takes the date under the signature over a page 生成日期', async () => {
    const m = await meta([
      '发布机构:某县人民政府办公室',
      '生成日期:2026-05-08',
      '某县人民政府办公室关于印发某县2026年节水工作要点的通知',
      '各乡镇人民政府:现将《某县2026年节水工作要点》印发给你们。',
      '某县人民政府办公室',
      '2026年5月6日',
      '某县2026年节水工作要点',
      '1.改造供水管网20公里。(县水利局负责)',
    ]);
    expect(m.date).toBe('2026-05-06');
  });
  it('keeps the 生成日期 when nothing is signed', async () => {
    const m = await meta(['生成日期:2026-05-08', '某县2026年节水工作要点', '1.改造供水管网20公里。(县水利局负责)']);
    expect(m.date).toBe('2026-05-08');
  });
});

describe('a report page carrying its list of work', () => {
  it('names the list under its own heading, not the report around it', async () => {
    const m = await meta([
      '某局党组关于区委巡察反馈意见整改落实情况的通报',
      '按照巡察工作要求,现将整改落实情况通报如下。',
      '区委巡察反馈意见整改落实台账',
      '序号\t问题\t整改措施\t责任科室\t整改时限',
      '1\t制度执行不严\t修订内部管理制度\t办公室\t2026年6月底前',
    ]);
    expect(m.title).toBe('区委巡察反馈意见整改落实台账');
  });
  it('keeps the report title when no list heading stands above a table', async () => {
    const m = await meta([
      '某局党组关于区委巡察反馈意见整改落实情况的通报',
      '按照巡察工作要求,现将整改落实情况通报如下。',
      '一、修订内部管理制度。(办公室负责)',
    ]);
    expect(m.title).toBe('某局党组关于区委巡察反馈意见整改落实情况的通报');
  });
  it('keeps the report title over the list of what it orders fixed (整改清单)', async () => {
    const m = await meta([
      '某县人民政府督查室关于2026年民生实事推进情况的督查通报',
      '现将有关情况通报如下。',
      '附件:民生实事滞后事项整改清单',
      '序号\t滞后事项\t整改措施\t责任单位\t整改时限',
      '1\t幼儿园建设\t完成消防验收\t县教育局\t2026年8月31日',
    ]);
    expect(m.title).toBe('某县人民政府督查室关于2026年民生实事推进情况的督查通报');
  });
});

describe('a document number at the end of a page header line', () => {
  it('reads a number standing apart after the page buttons', async () => {
    const m = await meta([
      '某市人民政府办公室关于印发某市2026年民生实事方案的通知',
      '来源:市政府办公室  发布时间:2026年03月02日  【大 中 小】某政办〔2026〕8号',
      '某市2026年民生实事方案',
      '1.新建幼儿园3所。(市教育局负责)',
    ]);
    expect(m.docNumber).toBe('某政办〔2026〕8号');
  });
  it('does not take a number cited at the end of a sentence', async () => {
    const m = await meta([
      '某市2026年民生实事方案',
      '根据《某省民生实事管理办法》,按照省政府要求,参照某政发〔2025〕3号',
      '1.新建幼儿园3所。(市教育局负责)',
    ]);
    expect(m.docNumber).toBeNull();
  });
});

describe('a public notice page that carries the list', () => {
  it('takes the notice headline "关于…进展情况的公示" as the title', async () => {
    const m = await meta([
      '某市人民政府 - 政务公开 - 民生实事',
      '关于2026年市政府民生实事1—6月进展情况的公示',
      '发布时间:2026-07-10 来源:某市人民政府办公室',
      '1.新建城市书房10个。 责任单位:市文旅局 进展情况:已建成4个。',
    ]);
    expect(m.title).toBe('关于2026年市政府民生实事1—6月进展情况的公示');
  });
});

describe('a document number whose brackets a crawler dropped', () => {
  it('keeps "某爱卫办发20263" under the notice title as written', async () => {
    const m = await meta([
      '某县爱国卫生运动委员会办公室关于印发《某县2026年病媒防制工作要点》的通知',
      '某爱卫办发20263',
      '各乡镇人民政府:',
      '现将《某县2026年病媒防制工作要点》印发给你们。',
      '某县2026年病媒防制工作要点',
      '1.开展春季灭鼠行动。(县疾控中心负责)',
    ]);
    expect(m.docNumber).toBe('某爱卫办发20263');
  });

  it('takes no run of digits elsewhere for one', async () => {
    const m = await meta(['某县2026年病媒防制工作要点', '统计编号20263', '1.开展春季灭鼠行动。(县疾控中心负责)']);
    expect(m.docNumber).toBeNull();
  });
});
