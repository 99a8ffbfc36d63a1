import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/extract/formats/index.js';
import { tinyPdf, type TinyRun } from '../support/tiny-pdf.js';

// A table printed without rules, its rows set widely apart (36 pt at 12 pt text), every cell on its row's
// baseline, and the title of the next table the same distance below its last row.
const row = (n: string, name: string, unit: string): TinyRun[] => [
  { x: 72, text: n },
  { x: 110, text: name },
  { x: 330, text: '%' },
  { x: 400, text: unit },
];
const PAGE: TinyRun[][] = [
  row('序号', '指标名称', '牵头单位'),
  [],
  row('1', '居民健康素养水平', '区卫生健康局'),
  [],
  row('2', '经常参加体育锻炼人口比例', '区文化广电旅游体育局'),
  [],
  row('3', '高血压患者规范管理率', '区卫生健康局'),
  [],
  [{ x: 72, text: '蓬江区创建国家慢性病综合防控示范区任务分工表' }],
];

describe('PDF: a line set more than two and a half font sizes below the line before', () => {
  it('starts anew, however widely the rows above it are set', async () => {
    const source = await readDocument({ bytes: tinyPdf([PAGE], { latinWidth: 500 }), fileName: 'sheet.pdf' });
    const texts = source.blocks.map((b) => (b.kind === 'table' ? '<table>' : b.text.trim()));
    expect(texts).toContain('蓬江区创建国家慢性病综合防控示范区任务分工表');
  });
});
