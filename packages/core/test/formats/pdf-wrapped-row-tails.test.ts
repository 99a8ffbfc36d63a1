import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/extract/formats/index.js';
import { tinyPdf } from '../support/tiny-pdf.js';

// tinyPdf sets 12 pt glyphs one em wide from x = 72 on a 595 pt page (right margin at 523). A table typed with
// spaces, too wide for the page: each row's last cell (the time limit) went alone to the start of the next line,
// and the task's second line, indented under its column in the original, follows it.
const row = (no: string, task: string, lead: string, with_: string) => [
  { x: 72, text: no },
  { x: 108, text: task },
  { x: 336, text: lead },
  { x: 420, text: with_ },
];
const read = async (lines: Parameters<typeof tinyPdf>[0][number]) =>
  (await readDocument({ bytes: tinyPdf([lines]), fileName: 'plan.pdf' })).text.split('\n');

const HEAD = ['青川县二〇二六年妇幼健康重点工作任务分解', '各乡镇卫生院,县直各医疗卫生单位:', '现将任务分解印发给你们,请认真抓好落实。'];

describe('PDF rows of columns whose last cell wrapped above an indented continuation', () => {
  it('puts each wrapped time limit back on its row and keeps the continuations indented under the task', async () => {
    const lines = await read([
      ...HEAD,
      row('1', '落实妊娠风险筛查评估和高危', '县妇幼保健院', '县人民医院'),
      '全年',
      { x: 108, text: '孕产妇专案管理制度' },
      row('2', '开展危重孕产妇救治季度演练', '县人民医院', '各乡镇卫生院'),
      '2026年12月',
      { x: 108, text: '提升产科急救能力' },
      row('3', '完成适龄妇女两癌检查八千人', '县妇幼保健院', '各乡镇卫生院'),
      '2026年10月',
      '联系人:李晓梅',
    ]);
    const body = lines.slice(HEAD.length);
    expect(body).toHaveLength(6);
    expect(body[0]).toMatch(/^1 +落实妊娠风险筛查评估和高危 +县妇幼保健院 +县人民医院 +全年$/);
    expect(body[1]).toMatch(/^ {2,}孕产妇专案管理制度$/);
    expect(body[2]).toMatch(/^2 +开展危重孕产妇救治季度演练 +县人民医院 +各乡镇卫生院 +2026年12月$/);
    expect(body[3]).toMatch(/^ {2,}提升产科急救能力$/);
    expect(body[4]).toMatch(/^3 +完成适龄妇女两癌检查八千人 +县妇幼保健院 +各乡镇卫生院 +2026年10月$/);
    // The wrapped limits go to one column together, after the longest row.
    expect(body[0]?.indexOf('全年')).toBe(body[2]?.indexOf('2026'));
    expect(body[5]).toBe('联系人:李晓梅');
  });

  it('keeps a short line apart when what follows it is a signature set far to the right', async () => {
    const lines = await read([
      ...HEAD,
      row('1', '落实妊娠风险筛查评估和高危', '县妇幼保健院', '县人民医院'),
      row('2', '开展危重孕产妇救治季度演练', '县人民医院', '各乡镇卫生院'),
      '附:联系方式',
      { x: 400, text: '青川县卫生健康局' },
    ]);
    expect(lines.slice(-2)).toEqual(['附:联系方式', '青川县卫生健康局']);
  });
});
