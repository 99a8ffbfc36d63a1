import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/extract/formats/index.js';
import { tinyPdf } from '../support/tiny-pdf.js';

// tinyPdf sets 12 pt glyphs one em wide from x = 72, lines 18 pt apart (an empty line leaves 36): a line of 37
// glyphs reaches the right margin. A web page printed with spacing after each paragraph: most paragraphs take
// one line, so the paragraph spacing is the most common distance between lines, and a few wrap 18 pt apart.
const read = async (lines: string[]) => (await readDocument({ bytes: tinyPdf([lines]), fileName: 'page.pdf' })).text.split('\n');

const FULL = (lead: string) => `${lead}要与提案人当面沟通不少于两次,会办单位应在收到提案后一个月内送达主办单位研究办理`.slice(0, 37);

describe('PDF paragraphs set apart by spacing, most of them one line long', () => {
  it('runs wrapped lines on but starts a paragraph after the wider spacing', async () => {
    const lines = [
      '关于做好二〇二六年重点提案办理工作的通知',
      '',
      '各街道办事处,各镇人民政府:',
      '',
      FULL('一、'),
      '达意见。',
      '',
      FULL('二、'),
      '达意见。',
      '',
      FULL('三、'),
      '达意见。',
      '',
      '提案人:民盟闵行区委',
      '',
      FULL('办理要求:'),
      '',
      '督办区领导:副区长,办理时限:六月底前',
    ];
    expect(FULL('办理要求:')).toHaveLength(37);
    const out = await read(lines);
    expect(out).toContain(`${FULL('一、')}达意见。`);
    expect(out.slice(-2)).toEqual([FULL('办理要求:'), '督办区领导:副区长,办理时限:六月底前']);
  });
});
