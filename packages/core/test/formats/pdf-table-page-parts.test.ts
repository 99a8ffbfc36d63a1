import { describe, expect, it } from 'vitest';
import { cleanPdfBlocks, type PdfTableBlock } from '../../src/extract/formats/pdf-lines.js';
import type { RawCell } from '../../src/extract/formats/source-builder.js';

/** A cell: `text>2` spans two columns. */
const c = (spec: string): RawCell => {
  const [text = '', span] = spec.split('>');
  return { text, rowSpan: 1, colSpan: Number(span ?? 1), header: false };
};
const part = (page: number, xs: number[], rows: string[][]): PdfTableBlock => ({ page, xs, rows: rows.map((r) => r.map(c)) });
const show = (rows: RawCell[][]) => rows.map((r) => r.map((x) => `${x.text}${x.colSpan > 1 ? `>${x.colSpan}` : ''}`));
const WIDE = [40, 100, 250, 320, 400, 460, 520];

describe('a ruled table whose part on the next page lacks a column line', () => {
  it('lays the next page’s cells back over the columns above, its merged trailing column included', () => {
    const out = cleanPdfBlocks([
      part(1, WIDE, [
        ['序号', '指标', '现状', '目标', '牵头单位', '配合单位'],
        ['领域', '工作任务', '牵头单位', '配合单位', '时间节点', '>2'],
        ['健身', '新建健身中心', '市体育局', '市住建局', '10月', '>2'],
      ]),
      // No row on this page uses the last column: the page draws no line at 460.
      part(
        2,
        [40, 100, 250, 320, 400, 520],
        [
          ['学校体育', '保障体育活动时间', '市教育局', '市体育局', '每学期'],
          ['医养结合', '签约合作', '市卫生健康委、市民政局', '', '持续推进'],
        ],
      ),
    ]);
    expect(out).toHaveLength(1);
    expect(show(out[0] as RawCell[][]).slice(2)).toEqual([
      ['健身', '新建健身中心', '市体育局', '市住建局', '10月', '>2'],
      ['学校体育', '保障体育活动时间', '市教育局', '市体育局', '每学期>2'],
      ['医养结合', '签约合作', '市卫生健康委、市民政局', '', '持续推进>2'],
    ]);
  });

  it('keeps a table with other column lines, or too few of them, apart', () => {
    const first = part(1, WIDE, [['领域', '任务', '牵头单位', '配合单位', '时间', '备注']]);
    const other = part(2, [40, 150, 250, 320, 400, 520], [['甲', '乙', '丙', '丁', '戊']]);
    const box = part(2, [40, 250, 520], [['说明', '附注']]);
    expect(cleanPdfBlocks([first, other])).toHaveLength(2);
    expect(cleanPdfBlocks([first, box])).toHaveLength(2);
  });
});

describe('a row under a group cell cut by the page', () => {
  const head = ['领域', '项目', '现状', '整改措施', '牵头单位', '责任单位', '时限'];
  const span = (rows: RawCell[][]) => rows.map((r) => r.map((x) => `${x.text}${x.rowSpan > 1 ? `^${x.rowSpan}` : ''}`));
  const xs = [40, 90, 140, 200, 320, 380, 450, 520];

  it('is a row of its own when it fills every cell, one of them left empty above', () => {
    const out = cleanPdfBlocks([
      part(1, xs, [head, ['食品安全', '小餐饮', '62%', '推进明厨亮灶改造', '市市场监管局', '', '11月底前']]),
      part(2, xs, [['', '二次供水', '95.5%', '开展水质抽检', '市卫生健康局', '市水务局', '每季度']]),
    ]);
    expect(span(out[0] as RawCell[][])).toEqual([
      head,
      ['食品安全^2', '小餐饮', '62%', '推进明厨亮灶改造', '市市场监管局', '', '11月底前'],
      ['二次供水', '95.5%', '开展水质抽检', '市卫生健康局', '市水务局', '每季度'],
    ]);
  });

  it('is the rest of the row above when it leaves a cell empty or fills none that was empty', () => {
    const above = ['食品安全', '小餐饮', '62%', '推进明厨亮灶改造', '市市场监管局', '市住建局', '11月底'];
    const rest = cleanPdfBlocks([part(1, xs, [head, above]), part(2, xs, [['', '管理', '', ',年内完成', '', '、市水务局', '前']])]);
    expect(span(rest[0] as RawCell[][])[1]).toEqual([
      '食品安全',
      '小餐饮管理',
      '62%',
      '推进明厨亮灶改造,年内完成',
      '市市场监管局',
      '市住建局、市水务局',
      '11月底前',
    ]);
  });

  it('goes on in the row above, first cells empty on both pages, when a cell above stopped mid-list', () => {
    const five = [40, 120, 260, 300, 400, 520];
    const head = ['项目', '考核内容', '分值', '评分标准', '责任单位'];
    const above = ['', '推进职业健康保护行动,检查率达到', '10', '每低5个百分点扣', '市卫生健康委、市人社局、'];
    const out = cleanPdfBlocks([part(1, five, [head, above]), part(2, five, [['', '90%', '', '2分', '市总工会']])]);
    expect(show(out[0] as RawCell[][])).toEqual([
      head,
      ['', '推进职业健康保护行动,检查率达到90%', '10', '每低5个百分点扣2分', '市卫生健康委、市人社局、市总工会'],
    ]);
    // Without a cell cut mid-list, or with a cell filled under an empty one, it is a row of its own.
    const whole = ['', '推进职业健康保护行动', '10', '每低5个百分点扣2分', '市卫生健康委'];
    const next = ['', '开展筛查', '', '未开展不得分', '市疾控中心'];
    expect(cleanPdfBlocks([part(1, five, [head, whole]), part(2, five, [next])])[0]).toHaveLength(3);
    const gap = ['', '推进职业健康保护行动', '', '每低5个百分点扣', '市卫生健康委、'];
    const row = ['', '开展筛查', '5', '未开展不得分', '市疾控中心'];
    expect(cleanPdfBlocks([part(1, five, [head, gap]), part(2, five, [row])])[0]).toHaveLength(3);
  });
});
