import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/extract/formats/index.js';
import { tinyPdf, type TinyRun } from '../support/tiny-pdf.js';

// Each tab runs on to the next stop of a 1.25 cm grid, as LibreOffice prints a .txt; a row too wide for the
// page goes on at the next line's stops (after a tab) or at its left margin (inside a word).
const STEP = 35.43;
const stop = (k: number) => 72 + k * STEP;
const cells = (start: number, line: string): TinyRun[] => {
  const out: TinyRun[] = [];
  let x = start;
  line.split('\t').forEach((cell, i) => {
    if (i > 0) x = 72 + (Math.floor((x - 72) / STEP + 1e-6) + 1) * STEP;
    if (cell !== '') out.push({ x, text: cell });
    for (const ch of cell) x += ch < '\u0080' ? 6 : 12;
  });
  return out;
};

describe('PDF: a row typed with tabs that wraps twice', () => {
  const header = '序号\t任务\t牵头单位\t联系人\t完成时限';

  it('runs a row on when its second line, at a stop, left no room for the next cell', async () => {
    const lines = [
      cells(72, header),
      // Fills the line to the margin (523): the rest goes on at stop 1.
      cells(72, '1\t开展健康宣传进社区进学校进企业进机关进农村活动实现辖区全覆盖并建立'),
      cells(stop(1), '县卫生健康委员会\t县教育局、县财政局、县民政局\t王明 13900001111'),
      cells(stop(1), '2025年6月底'),
      cells(72, '2\t推进全民健身\t县体育局\t李强\t2025年9月底'),
    ];
    const source = await readDocument({ bytes: tinyPdf([lines], { latinWidth: 500 }), fileName: 'plan.pdf' });
    expect(source.text.split('\n')).toEqual([
      header,
      '1\t开展健康宣传进社区进学校进企业进机关进农村活动实现辖区全覆盖并建立\t县卫生健康委员会\t县教育局、县财政局、县民政局\t王明 13900001111\t2025年6月底',
      '2\t推进全民健身\t县体育局\t李强\t2025年9月底',
    ]);
  });

  it('keeps a number broken at its hyphen at the left margin in one cell', async () => {
    const lines = [
      cells(72, header),
      cells(72, '1\t开展健康宣传进社区进学校进企业进机关进农村活动实现辖区全覆盖并建立'),
      // The phone number did not fit whole: its second half starts the next line at the margin.
      cells(stop(1), '县卫生健康委员会\t县教育局、县财政局、县民政局、县人社局\t王明 0376-'),
      cells(72, '8627710\t持续推进'),
      cells(72, '2\t推进全民健身\t县体育局\t李强\t2025年9月底'),
    ];
    const source = await readDocument({ bytes: tinyPdf([lines], { latinWidth: 500 }), fileName: 'plan.pdf' });
    expect(source.text.split('\n')[1]).toBe(
      '1\t开展健康宣传进社区进学校进企业进机关进农村活动实现辖区全覆盖并建立\t县卫生健康委员会\t县教育局、县财政局、县民政局、县人社局\t王明 0376-8627710\t持续推进',
    );
  });
});
