import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/extract/formats/index.js';
import { tinyPdf } from '../support/tiny-pdf.js';

// tinyPdf sets 12 pt glyphs one em wide, lines 18 pt apart, on a 595 pt page: with the text at x = 72 the right
// margin is at 523, and a line of 34 glyphs from x = 96 runs to it.
const read = async (lines: Parameters<typeof tinyPdf>[0][number]) =>
  (await readDocument({ bytes: tinyPdf([lines]), fileName: 'plan.pdf' })).text.split('\n');

const BODY = ['一、聚力项目建设', '为推进重点工作落实,制定本方案。', '各单位要认真组织实施。', '二、增进民生福祉'];

describe('PDF lines wrapped away from the left margin', () => {
  it('joins the wrapped lines of list items set with a hanging indent, sub-items included', async () => {
    expect(
      await read([
        ...BODY,
        { x: 96, text: '1.实施县级重点项目一百二十个以上,完成年度投资二百亿元以上。(县发' },
        { x: 120, text: '展改革局,县财政局)' },
        { x: 96, text: '2.开展项目攻坚活动,重点抓好:' },
        { x: 132, text: 'a.三月底前集中开工项目不少于三十个,完成工业技改项目备案。(县发' },
        { x: 156, text: '展改革局、各乡镇街道)' },
        { x: 132, text: 'b.新建城市书房五处。(县文化和旅游局)' },
      ]),
    ).toEqual([
      ...BODY,
      '1.实施县级重点项目一百二十个以上,完成年度投资二百亿元以上。(县发展改革局,县财政局)',
      '2.开展项目攻坚活动,重点抓好:',
      'a.三月底前集中开工项目不少于三十个,完成工业技改项目备案。(县发展改革局、各乡镇街道)',
      'b.新建城市书房五处。(县文化和旅游局)',
    ]);
  });

  it('keeps apart a full item and the sub-item set further in below it', async () => {
    expect(
      await read([
        ...BODY,
        { x: 96, text: '1.实施县级重点项目一百二十个以上,完成年度投资二百亿元以上,重点抓' },
        { x: 120, text: '好:' },
        { x: 96, text: '2.实施县级重点项目一百二十个以上,完成年度投资二百亿元以上,重点抓' },
        { x: 120, text: '(1)三月底前集中开工项目不少于三十个。' },
      ]).then((l) => l.slice(-2)),
    ).toEqual(['2.实施县级重点项目一百二十个以上,完成年度投资二百亿元以上,重点抓', '(1)三月底前集中开工项目不少于三十个。']);
  });

  it('keeps a paragraph with a first-line indent apart from a full line at the left margin above it', async () => {
    const full = '为确保县人大会议审议通过的政府工作报告确定的各项目标任务落到实处,现将';
    expect(await read([...BODY, full, { x: 96, text: '各牵头单位要于三月十日前制定推进方案。' }]).then((l) => l.slice(-2))).toEqual([
      full,
      '各牵头单位要于三月十日前制定推进方案。',
    ]);
  });

  it('joins a centred title too long for one line, but not a centred heading after a paragraph gap', async () => {
    const title = '莒县人民政府办公室关于印发莒县二〇二六年政府工作报告重点工作任务分解方案';
    const long = '为确保县人大会议审议通过的政府工作报告确定的各项目标任务落到实处,现将';
    expect(
      await read([
        { x: 72, text: title },
        { x: 72 + (title.length - 4) * 6, text: '的通知' },
        ...BODY,
        long,
        '',
        { x: 72 + (long.length - 4) * 6, text: '工作要求' },
      ]),
    ).toEqual([`${title}的通知`, ...BODY, long, '工作要求']);
  });

  it('keeps the document number centred under a long title on a line of its own', async () => {
    const title = '关于印发莒县二〇二六年县政府工作报告重点工作任务分解和责任分工方案的通知';
    const number = '莒政办发〔2026〕8号';
    expect(
      await read([
        '莒县人民政府办公室',
        { x: 72, text: title },
        { x: 72 + (title.length - number.length) * 6, text: number },
        ...BODY,
      ]).then((l) => l.slice(0, 3)),
    ).toEqual(['莒县人民政府办公室', title, number]);
  });

  it('does not run a heading reaching the margin on into the smaller line below it', async () => {
    // A 16 pt heading of 27 characters runs to the margin; the 12 pt line below is the document's metadata.
    const heading = '克拉玛依市二〇二四年卫生健康重点工作任务分解表及其说明';
    expect(
      await read([...BODY, { x: 72, text: heading, size: 16 }, '发文机关:克拉玛依市卫生健康委员会', '一、总体要求']).then((l) =>
        l.slice(-3),
      ),
    ).toEqual([heading, '发文机关:克拉玛依市卫生健康委员会', '一、总体要求']);
  });
});
