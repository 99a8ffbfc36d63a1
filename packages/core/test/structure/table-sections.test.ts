import { describe, expect, it } from 'vitest';
import { parsePlan } from '@duban/core';
import { splitTableSections } from '../../src/extract/structure/table-sections.js';
import type { TableBlock } from '../../src/extract/source-text.js';

const html = (rows: string[]) =>
  new TextEncoder().encode(
    `<html><body><p>某区2026年卫生健康重点任务清单</p><table border="1">${rows.map((r) => `<tr>${r}</tr>`).join('')}</table></body></html>`,
  );
const row = (...cells: string[]) => cells.map((c) => `<td>${c}</td>`).join('');
const heading = (text: string) => `<td colspan="5">${text}</td>`;

/** One table laid out as two: a target section, then a duty section with columns of its own. */
const twoSections = [
  heading('一、年度目标'),
  row('序号', '指标名称', '单位', '2025年现状值', '2026年目标值'),
  row('1', '家庭医生签约服务覆盖率', '%', '45', '≥50'),
  row('2', '院前急救平均反应时间', '分钟', '14', '≤12'),
  heading('二、重点任务'),
  row('序号', '工作任务', '牵头单位', '配合单位', '完成时限'),
  row('1', '建成区域心电诊断中心,实现乡镇卫生院全覆盖', '区卫生健康局', '区财政局', '2026年9月底前'),
  row('2', '开展老年人失能评估,建立分级照护台账', '区民政局', '区卫生健康局、区医保局', '持续推进'),
];

describe('a real table holding a target table and a duty table one under the other', () => {
  it('reads the duty rows with their own columns and the targets as indicators', async () => {
    const plan = await parsePlan({ bytes: html(twoSections), fileName: 'plan.html' });
    expect(plan.tasks.map((t) => [t.number, t.lead, t.participants, t.due, t.ongoing])).toEqual([
      ['1', ['区卫生健康局'], ['区财政局'], ['2026-09-30'], false],
      ['2', ['区民政局'], ['区卫生健康局', '区医保局'], [], true],
    ]);
    expect(plan.indicators.map((i) => [i.name, i.target, i.comparator])).toEqual([
      ['家庭医生签约服务覆盖率', 50, '>='],
      ['院前急救平均反应时间', 12, '<='],
    ]);
  });

  it('does not read a header repeated under a heading row as a duty', async () => {
    const duty = row('序号', '工作任务', '牵头单位', '配合单位', '完成时限');
    const plan = await parsePlan({
      bytes: html([
        heading('一、疾病防控'),
        duty,
        row('1', '开展学校结核病筛查', '区卫生健康局', '区教育局', '2026年10月底前'),
        heading('二、健康促进'),
        duty,
        row('2', '举办健康知识进社区巡讲', '区卫生健康局', '各街道办事处', '持续推进'),
      ]),
      fileName: 'plan.html',
    });
    expect(plan.tasks.map((t) => [t.number, t.lead])).toEqual([
      ['1', ['区卫生健康局']],
      ['2', ['区卫生健康局']],
    ]);
  });
});

describe('splitTableSections', () => {
  const cell = (text: string, rowSpan = 1, colSpan = 1) => ({ text, start: 0, end: 0, rowSpan, colSpan });
  const block = (rows: ReturnType<typeof cell>[][]): TableBlock => ({
    kind: 'table',
    line: 1,
    start: 0,
    end: 0,
    rows: rows.map((cells, i) => ({ start: i, end: i, line: i + 1, cells })),
  });
  const targets = [cell('序号'), cell('指标名称'), cell('单位'), cell('现状值'), cell('目标值')];
  const duties = [cell('序号'), cell('工作任务'), cell('牵头单位'), cell('配合单位'), cell('完成时限')];
  const data = () => [cell('1'), cell('甲'), cell('%'), cell('1'), cell('2')];

  it('cuts before each heading that opens a header of other labels', () => {
    const parts = splitTableSections(block([targets, data(), data(), [cell('二、任务', 1, 5)], duties, data()]));
    expect(parts.map((p) => p.rows.length)).toEqual([3, 3]);
    expect(parts[1]?.rows[0]?.cells[0]?.text).toBe('二、任务');
  });

  it('never cuts through a cell that spans rows across the heading', () => {
    const spanning = [cell('1'), cell('甲', 3), cell('%'), cell('1'), cell('2')];
    const parts = splitTableSections(block([targets, spanning, [cell('二、任务', 1, 4)], duties, data()]));
    expect(parts).toHaveLength(1);
  });

  it('leaves a table without a second header whole', () => {
    const parts = splitTableSections(block([duties, data(), [cell('二、其他', 1, 5)], data(), data()]));
    expect(parts).toHaveLength(1);
  });
});
