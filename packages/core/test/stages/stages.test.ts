import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/extract/formats/read-document.js';
import { assembleDrafts } from '../../src/extract/stages/assemble-drafts.js';
import { finishTasks } from '../../src/extract/stages/finish-tasks.js';
import type { PlanContext } from '../../src/extract/stages/plan-context.js';
import { segment } from '../../src/extract/stages/segment.js';
import { defaultUnitDirectory } from '../../src/extract/units/unit-directory.js';

// A covering notice with its own numbered requests, then a plan whose tasks are a table flattened one cell per line.
const DOC = [
  '关于印发青川县健康乡村建设任务分工的通知',
  '各乡镇人民政府，县直有关部门：',
  '1.请各单位认真抓好落实。',
  '2.请于每季度末报送进展。',
  '青川县健康乡村建设任务分工',
  '序号',
  '重点任务',
  '牵头单位',
  '配合单位',
  '完成时限',
  '1',
  '建成标准化村卫生室',
  '县卫生健康局',
  '县财政局',
  '2025年6月底前',
  '2',
  '开展农村改厕回头看',
  '县农业农村局',
  '县卫生健康局',
  '持续推进',
].join('\n');

const context = async () => {
  const source = await readDocument({ text: DOC });
  const ctx: PlanContext = { planYear: 2025, annual: false, dir: defaultUnitDirectory(), sourceText: source.text };
  return { source, ctx };
};

describe('the extraction stages', () => {
  it('segment cuts the flattened table out of the line stream and leaves the notice outside the plan', async () => {
    const { source, ctx } = await context();
    const seg = segment(source, ctx.dir);
    expect(seg.stream.filter((p) => p.kind === 'flat')).toHaveLength(1);
    expect(seg.outline.flats).toHaveLength(1);
    // The notice's own requests are not tasks of the plan.
    expect(seg.roots.map((r) => r.head.text)).not.toContain('1.请各单位认真抓好落实。');
  });

  it('assemble reads each table row as a draft task, marked as read from a table', async () => {
    const { source, ctx } = await context();
    const { drafts, fromTable, diagnostics } = assembleDrafts(segment(source, ctx.dir), ctx);
    expect(drafts.map((d) => [d.text, d.lead, d.participants])).toEqual([
      ['建成标准化村卫生室', ['县卫生健康局'], ['县财政局']],
      ['开展农村改厕回头看', ['县农业农村局'], ['县卫生健康局']],
    ]);
    expect(drafts.every((d) => fromTable.has(d))).toBe(true);
    expect(diagnostics).toEqual([]);
  });

  it('finishing looks units up in the directory and reports each unknown name once', async () => {
    const { source, ctx } = await context();
    const { drafts } = assembleDrafts(segment(source, ctx.dir), ctx);
    const diagnostics: Parameters<typeof finishTasks>[2] = [];
    const tasks = finishTasks(drafts, { ...ctx, dir: { byName: new Map() } }, diagnostics);
    expect(tasks.map((t) => [t.due, t.ongoing, t.units.map((u) => [u.name, u.role, u.canonicalId])])).toEqual([
      [
        ['2025-06-30'],
        false,
        [
          ['县卫生健康局', 'lead', null],
          ['县财政局', 'participant', null],
        ],
      ],
      [
        [],
        true,
        [
          ['县农业农村局', 'lead', null],
          ['县卫生健康局', 'participant', null],
        ],
      ],
    ]);
    expect(diagnostics.map((d) => d.message)).toEqual([
      '单位不在目录中: 县卫生健康局',
      '单位不在目录中: 县财政局',
      '单位不在目录中: 县农业农村局',
    ]);
  });
});
