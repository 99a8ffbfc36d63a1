import { describe, expect, it } from 'vitest';
import { cleanPdfBlocks, type PdfTableBlock } from '../../src/extract/formats/pdf-lines.js';
import type { RawCell } from '../../src/extract/formats/source-builder.js';

/** A cell: `text^2` spans two rows. */
const c = (spec: string): RawCell => {
  const [text = '', span] = spec.split('^');
  return { text, rowSpan: Number(span ?? 1), colSpan: 1, header: false };
};
const part = (page: number, rows: string[][]): PdfTableBlock => ({ page, xs: [50, 80, 120, 300, 400], rows: rows.map((r) => r.map(c)) });
const show = (rows: RawCell[][]) => rows.map((r) => r.map((x) => `${x.text}${x.rowSpan > 1 ? `^${x.rowSpan}` : ''}`));
const HEAD = ['序号', '领域', '任务', '牵头单位'];

describe('a ruled table cut by a page break', () => {
  it('puts a row broken by the page back together, a category cell running on spanning its rows again', () => {
    const out = cleanPdfBlocks([
      part(1, [HEAD, ['5', '健康社会', '建立台账', '市监局'], ['6', '健康', '建设胸痛', '市卫健']]),
      part(2, [HEAD, ['', '服务^3', '中心', '委'], ['7', '设置窗口', '市卫健委'], ['8', '实验室建设', '疾控中心']]),
    ]);
    expect(out).toHaveLength(1);
    expect(show(out[0] as RawCell[][])).toEqual([
      HEAD,
      ['5', '健康社会', '建立台账', '市监局'],
      ['6', '健康服务^3', '建设胸痛中心', '市卫健委'],
      ['7', '设置窗口', '市卫健委'],
      ['8', '实验室建设', '疾控中心'],
    ]);
  });

  it('runs a broken row on into the rowspan above it', () => {
    const out = cleanPdfBlocks([
      part(1, [HEAD, ['1', '环境^2', '改造', '住建'], ['2', '绿化', '林业']]),
      part(2, [
        ['', '', '提升', '局'],
        ['3', '社会', '养老', '民政局'],
      ]),
    ]);
    expect(show(out[0] as RawCell[][])).toEqual([
      HEAD,
      ['1', '环境^2', '改造', '住建'],
      ['2', '绿化提升', '林业局'],
      ['3', '社会', '养老', '民政局'],
    ]);
  });

  it('leaves rows that do not line up with the row above as rows of their own', () => {
    const out = cleanPdfBlocks([
      part(1, [HEAD, ['1', '环境', '改造', '住建']]),
      part(
        2,
        [['', '其他事项<2', '说明']].map((r) => r),
      ),
    ]);
    expect(show(out[0] as RawCell[][])).toEqual([HEAD, ['1', '环境', '改造', '住建'], ['', '其他事项<2', '说明']]);
  });

  it('lets unit cells written once for two rows span the row that starts the next page', () => {
    const head = ['序号', '任务', '措施', '牵头单位', '责任单位', '时限'];
    const six = (page: number, rows: string[][]): PdfTableBlock => ({ ...part(page, rows), xs: [40, 60, 150, 260, 330, 420, 480] });
    const out = cleanPdfBlocks([
      six(1, [head, ['3', '推进集中采购', '扩大品种', '医保中心', '卫健局、市监局', '持续推进']]),
      six(2, [
        ['4', '推进结算改革', '开展试点', '', '', '9月底前'],
        ['5', '建设药房', '新建3家', '医院', '', '年底前'],
      ]),
    ]);
    expect(show(out[0] as RawCell[][])).toEqual([
      head,
      ['3', '推进集中采购', '扩大品种', '医保中心^2', '卫健局、市监局^2', '持续推进'],
      ['4', '推进结算改革', '开展试点', '9月底前'],
      ['5', '建设药房', '新建3家', '医院', '', '年底前'],
    ]);
    // One empty cell at the top of the page is a cell left empty, not a rowspan.
    const one = cleanPdfBlocks([
      six(1, [head, ['3', '推进集中采购', '扩大品种', '医保中心', '卫健局', '持续推进']]),
      six(2, [['4', '推进结算改革', '开展试点', '医保中心', '', '9月底前']]),
    ]);
    expect(show(one[0] as RawCell[][])[2]).toEqual(['4', '推进结算改革', '开展试点', '医保中心', '', '9月底前']);
  });

  it('starts a new row under a group cell cut by the page when its number follows the one above', () => {
    const GROUP_HEAD = ['行动', '序号', '任务', '牵头单位'];
    const out = cleanPdfBlocks([
      part(1, [GROUP_HEAD, ['控烟行动', '5', '复核无烟机关', '市卫健委'], ['地方病防控', '6', '落实防治措施', '市卫健委']]),
      part(2, [
        ['^2', '7', '巩固消除成果', '市市场监管局'],
        ['8', '开展人群筛查', '市疾控中心'],
      ]),
    ]);
    expect(show(out[0] as RawCell[][])).toEqual([
      GROUP_HEAD,
      ['控烟行动', '5', '复核无烟机关', '市卫健委'],
      ['地方病防控^3', '6', '落实防治措施', '市卫健委'],
      ['7', '巩固消除成果', '市市场监管局'],
      ['8', '开展人群筛查', '市疾控中心'],
    ]);
  });
  it('carries a group cell and its lead unit, printed on the page above only, down the rows of their span', () => {
    const head = ['序号', '领域', '任务', '牵头单位', '配合单位', '时限'];
    const six = (page: number, rows: string[][]): PdfTableBlock => ({ ...part(page, rows), xs: [40, 60, 150, 260, 330, 420, 480] });
    const out = cleanPdfBlocks([
      six(1, [head, ['6', '健康服务', '推进医共体建设', '县卫生健康局', '县医保局', '6月底前']]),
      six(2, [
        ['7', '', '落实家庭医生签约', '', '各乡镇卫生院', '长期'],
        ['8', '', '加强中医药服务', '', '县中医医院', '2026年'],
        ['9', '健康人群', '防控近视', '县教育局', '县体育中心', '12月'],
      ]),
    ]);
    expect(show(out[0] as RawCell[][])).toEqual([
      head,
      ['6', '健康服务^3', '推进医共体建设', '县卫生健康局^3', '县医保局', '6月底前'],
      ['7', '落实家庭医生签约', '各乡镇卫生院', '长期'],
      ['8', '加强中医药服务', '县中医医院', '2026年'],
      ['9', '健康人群', '防控近视', '县教育局', '县体育中心', '12月'],
    ]);
  });
  it('starts the next item under cells spanning it, their tails going on above', () => {
    const head = ['序号', '问题', '措施', '责任单位', '时限'];
    const five = (page: number, rows: string[][]): PdfTableBlock => ({ ...part(page, rows), xs: [40, 60, 150, 260, 330, 420] });
    const out = cleanPdfBlocks([
      five(1, [head, ['4', '村级集体三资管理不规范,存在白条', '7.开展专项清查', '各乡镇人民政府', '10月31日前']]),
      five(2, [
        ['', '入账现象。', '8.推行非现金结算', '县经管局', '12月31日前'],
        ['5', '政府采购执行不规范', '9.逐一核查', '县财政局', '立行立改'],
      ]),
    ]);
    expect(show(out[0] as RawCell[][])).toEqual([
      head,
      ['4^2', '村级集体三资管理不规范,存在白条入账现象。^2', '7.开展专项清查', '各乡镇人民政府', '10月31日前'],
      ['8.推行非现金结算', '县经管局', '12月31日前'],
      ['5', '政府采购执行不规范', '9.逐一核查', '县财政局', '立行立改'],
    ]);
  });
});
