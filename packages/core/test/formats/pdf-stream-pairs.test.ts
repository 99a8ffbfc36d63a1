import { describe, expect, it } from 'vitest';
import { parsePlan } from '@duban/core';
import type { Positioned } from '../../src/extract/formats/pdf-geometry.js';
import { findStreamTables } from '../../src/extract/formats/pdf-stream-tables.js';
import { tinyPdf, type TinyRun } from '../support/tiny-pdf.js';

const LABEL = 72;
const VALUE = 130;
const label = (text: string, dy = 0): TinyRun => ({ x: LABEL, text, dy });
const value = (text: string, dy = 0): TinyRun => ({ x: VALUE, text, dy });

/**
 * A page's details set as a borderless two-column table by a layout engine: a label too long for its column
 * wraps to two lines and its value is set in the middle of the row, between them; rows a blank line apart.
 */
const DETAILS: TinyRun[][] = [
  [{ x: 72, text: '卫生健康工作任务清单' }],
  [],
  [label('发文机'), value('临川县人民政府办公室', 9)],
  [label('关')],
  [],
  [label('文号'), value('临政办发〔2025〕7号')],
  [],
  [label('成文日'), value('2025年3月1日', 9)],
  [label('期')],
  [],
  [{ x: 72, text: '一、完善基层卫生服务网络。' }],
];

/** Runs as the PDF reader places them: 12 pt, lines 18 pt apart, a Chinese character one em wide. */
function runsOf(lines: TinyRun[][]): Positioned[] {
  return lines.flatMap((line, i) =>
    line.map((r) => {
      const width = [...r.text].reduce((w, ch) => w + (ch < '\u0080' ? 6 : 12), 0);
      return { text: r.text, x: r.x, right: r.x + width, y: 780 - i * 18 - (r.dy ?? 0), size: 12 };
    }),
  );
}

describe('findStreamTables: a borderless table of two columns', () => {
  it('reads labels and values set at different heights as rows, a wrapped label joined', () => {
    const { tables, rest } = findStreamTables(runsOf(DETAILS));
    expect(tables).toHaveLength(1);
    expect(tables[0]!.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['发文机关', '临川县人民政府办公室'],
      ['文号', '临政办发〔2025〕7号'],
      ['成文日期', '2025年3月1日'],
    ]);
    expect(rest.map((r) => r.text)).toEqual(['卫生健康工作任务清单', '一、完善基层卫生服务网络。']);
  });

  it('leaves two columns on the line grid (typed, nothing set between lines) to the line reader', () => {
    const typed = [
      [label('文号'), value('临政办发〔2025〕7号')],
      [label('发布'), value('2025年3月1日')],
      [label('来源'), value('县政府办')],
    ];
    const items = runsOf(typed);
    expect(findStreamTables(items).tables).toEqual([]);
  });

  it('needs a narrow first column: two wide runs side by side are not labels and values', () => {
    const wide = DETAILS.map((l) =>
      l.map((r) => (r.x === LABEL ? { ...r, text: `${r.text}和其他很长的说明文字` } : { ...r, x: r.x + 150 })),
    );
    expect(findStreamTables(runsOf(wide)).tables).toEqual([]);
  });

  it('stops at a line of three columns: a wider table below starts there', () => {
    const below = [
      [],
      [
        { x: 72, text: '序号' },
        { x: 110, text: '任务' },
        { x: 300, text: '牵头单位' },
      ],
      [],
      [
        { x: 72, text: '1', dy: 9 },
        { x: 110, text: '建设卫生院' },
        { x: 300, text: '县卫健局', dy: 9 },
      ],
      [{ x: 110, text: '两所' }],
      [],
      [
        { x: 72, text: '2' },
        { x: 110, text: '培训医生' },
        { x: 300, text: '县人社局' },
      ],
    ];
    const { tables } = findStreamTables(runsOf([...DETAILS.slice(2, 9), ...below]));
    expect(tables.map((t) => t.rows[0]!.map((c) => c.text))).toEqual([
      ['发文机关', '临川县人民政府办公室'],
      ['序号', '任务', '牵头单位'],
    ]);
  });
});

describe('PDF: page details in a borderless two-column table', () => {
  it('give the issuer, number and date as the same table in .docx would', async () => {
    const plan = await parsePlan({ bytes: tinyPdf([DETAILS]), fileName: 'plan.pdf' });
    expect(plan.meta).toMatchObject({ issuer: '临川县人民政府办公室', docNumber: '临政办发〔2025〕7号', date: '2025-03-01' });
  });
});
