import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/index.js';
import { buildOutline } from '../../src/extract/structure/outline.js';
import type { Piece } from '../../src/extract/structure/lines.js';

/** Lines as outline pieces (offsets are not looked at here). */
const pieces = (lines: string[]): Piece[] =>
  lines.map((text, i) => ({ kind: 'line' as const, line: { text, start: i * 100, end: i * 100 + text.length, line: i + 1 } }));

describe('the scope of an unnumbered caption', () => {
  it('ends a caption met under a bare numbered heading when that heading closes', () => {
    const { roots } = buildOutline(
      pieces(['一、预期目标', '核心指标', '城乡绿化覆盖率达到45%。', '二、工作举措', '(一)扩建街头游园。新建口袋公园4处。']),
    );
    expect(roots.map((r) => r.section)).toEqual([null, null]);
    expect(roots[1]?.children[0]?.section).toBeNull();
  });

  it('keeps a caption between sibling items for the items after it', () => {
    const { roots } = buildOutline(
      pieces(['一、园林建设', '1.整修河道步道。由城管所实施。', '工作要求', '1.每周上报进度。', '2.做好资料归档。']),
    );
    expect(roots).toHaveLength(1);
    expect(roots[0]?.children.map((c) => c.section)).toEqual([null, '工作要求', '工作要求']);
  });

  it('ends a goal caption written after a section text when the numbering of that level goes on', () => {
    const { roots } = buildOutline(
      pieces(['一、预期目标', '到2027年形成长效机制。', '核心指标', '二、工作举措', '(一)扩建街头游园。新建口袋公园4处。']),
    );
    expect(roots.map((r) => r.section)).toEqual([null, null]);
  });

  it('keeps a caption written after a section text when the numbering restarts under it', () => {
    const { roots } = buildOutline(
      pieces(['一、扩建游园。新建口袋公园4处。', '二、整修步道。整修步道3公里。', '保障措施', '一、压实责任。明确专人。']),
    );
    expect(roots.map((r) => r.section)).toEqual([null, null, '保障措施']);
  });

  it('keeps a caption written before the first number for every section', () => {
    const { roots } = buildOutline(pieces(['保障措施', '一、压实责任。各乡镇明确专人。', '二、强化督办。按月通报。']));
    expect(roots.map((r) => r.section)).toEqual(['保障措施', '保障措施']);
  });

  it('reads the duties of a section that follows a goal caption as tasks', async () => {
    const plan = await parsePlan({
      text: [
        '某区全民健身三年行动方案',
        '一、预期目标',
        '主要指标',
        '到2026年人均体育场地面积达到3平方米。',
        '二、行动任务',
        '(一)补齐场地短板。新建多功能运动场12片。责任单位:区体育局。',
        '(二)丰富赛事活动。每年举办社区联赛不少于20场。责任单位:区文旅局。',
      ].join('\n'),
    });
    expect(plan.tasks.map((t) => [t.number, t.kind, t.lead])).toEqual([
      ['(一)', 'task', ['区体育局']],
      ['(二)', 'task', ['区文旅局']],
    ]);
  });
});

describe('a lone task label that is the tail of a broken title', () => {
  it('does not read the numbered items after it as one labelled record', async () => {
    const plan = await parsePlan({
      text: [
        '某州2025年城乡环境整治重点工作',
        '任务',
        '一、整治集贸市场',
        '1.清理占道经营,6月底前完成。(牵头单位:州商务局;配合',
        '单位:各县人民政府)',
        '2.规范活禽交易区。(牵头单位:州市场监管局;配合单位:州农业农村局)',
      ].join('\n'),
    });
    expect(plan.tasks.map((t) => [t.number, t.lead, t.participants])).toEqual([
      ['1', ['州商务局'], ['各县人民政府']],
      ['2', ['州市场监管局'], ['州农业农村局']],
    ]);
  });
});
