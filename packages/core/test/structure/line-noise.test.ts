import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/index.js';
import { decorationLength, strayCellCloser } from '../../src/extract/line-noise.js';
import { readMarker } from '../../src/extract/structure/numbering.js';

describe('noise on copied lines', () => {
  it('finds a stray letter closing most lines, and not an ordinary last letter', () => {
    expect(strayCellCloser(['序号Р', '任务Р', '1Р', '新建公园Р', '县林业局Р', '第1页'])).toBe('Р');
    expect(strayCellCloser(['一、总体要求', '采购CT设备', '二、重点任务', '配备B超', '建设PACS'])).toBeNull();
  });
  it('measures bullets, arrows and pictographs before a line, never the text', () => {
    expect(decorationLength('👉 牵头单位:市林业局')).toBe(3);
    expect(decorationLength('▶实事一|绿化')).toBe(1);
    expect(decorationLength('©2024 某市政府')).toBe(0);
    expect(decorationLength('一、总体要求')).toBe(0);
  });
  it('reads a named ordinal (实事一|) as an item marker', () => {
    expect(readMarker('实事三|城乡绿化')).toMatchObject({ style: 'named', number: '实事三' });
    expect(readMarker('实事求是做好工作')).toBeNull();
  });
  it('reads a news-style list of named items with emoji-led label lines', async () => {
    const plan = await parsePlan({
      text: [
        '某县发布',
        '近日,某县人民政府印发《某县2025年民生实事实施方案》,一起来看👇',
        '▶ 实事一|城乡供水保障',
        '新建供水管网30公里。',
        '👉牵头单位:县水务局',
        '👉完成时间:2025年10月底前',
        '▶ 实事二|老年助餐',
        '新建助餐点8个。',
        '👉牵头单位:县民政局、县商务局(按职责分工负责)',
        '往期推荐',
        '◆ 某县开展植树活动',
      ].join('\n'),
    });
    expect(plan.meta.title).toBe('某县2025年民生实事实施方案');
    expect(plan.tasks.map((t) => [t.number, t.kind, t.lead, t.separateLeads, t.due])).toEqual([
      ['实事一', 'task', ['县水务局'], false, ['2025-10-31']],
      ['实事二', 'task', ['县民政局', '县商务局'], true, []],
    ]);
  });
  it('reads a document-sharing copy whose cells all end in a stray letter', async () => {
    const plan = await parsePlan({
      text: [
        '下载本文档Р',
        '某县绿化工作任务分解表.docx',
        '某县绿化工作任务分解表Р',
        '序号Р',
        '建设任务Р',
        '工作要求Р',
        '实施部门Р',
        '完成时间Р',
        '1Р',
        '建设口袋公园Р',
        '每个街道建成口袋公园不少于2个Р',
        '县住建委Р',
        '2025年9月Р',
        '2Р',
        '道路绿化提升Р',
        '完成主干道绿化改造Р',
        '县林业局、县城管局Р',
        '2025年11月Р',
        '已阅读1页,还剩0页未读 继续免费阅读',
      ].join('\n'),
    });
    expect(plan.meta.title).toBe('某县绿化工作任务分解表');
    expect(plan.tasks.map((t) => [t.number, t.lead, t.participants, t.due])).toEqual([
      ['1', ['县住建委'], [], ['2025-09-30']],
      ['2', ['县林业局'], ['县城管局'], ['2025-11-30']],
    ]);
  });
});
