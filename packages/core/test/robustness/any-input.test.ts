import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DocumentError, extractedPlanSchema, parsePlan } from '../../src/index.js';

// Pieces real plans are made of, so random documents reach the numbering, attribution, table and date code.
const PIECES = [
  '一、',
  '二、',
  '(一)',
  '(二)',
  '1.',
  '2、',
  '(1)',
  '①',
  '第一条',
  '\n',
  '\n\n',
  '\t',
  '。',
  ';',
  ',',
  '、',
  ':',
  '(',
  ')',
  '[',
  ']',
  '【',
  '】',
  '《',
  '》',
  '〔2021〕11号',
  '(市卫生健康委)',
  '(市卫生健康委牵头,市教育局配合)',
  '牵头单位:市卫健委',
  '配合单位:',
  '责任单位:',
  '排在首位的为牵头单位,下同',
  '按职责分工负责',
  '各县(市、区)人民政府',
  '2021年底前',
  '6月底之前',
  '到2025年',
  '持续推进',
  '2021年实施,持续推进',
  '2021—2023年',
  '序号',
  '完成时限',
  '牵头单位',
  '达到90%以上',
  '由91%提高至93%',
  '下降0.5个百分点',
  '不低于22%',
  '保障措施',
  '实施步骤',
  '总体目标',
  '关于印发',
  '的通知',
  '工作要点',
  '2021629',
  '二〇二一年六月二十九日',
  '加强健康知识传播',
  '%',
  '‰',
  '1/10万',
  '≥',
  '≤',
  ' ',
  '\u3000',
  '\uff08',
  '\uff09',
];
const documentLike = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 8 })), { maxLength: 200 }).map((a) => a.join(''));

/** parsePlan either returns a plan that satisfies the output schema or throws a DocumentError; nothing else. */
async function parsesOrRejects(input: Parameters<typeof parsePlan>[0]): Promise<void> {
  try {
    const { source: _source, ...plan } = await parsePlan(input);
    extractedPlanSchema.parse(plan);
  } catch (error) {
    if (!(error instanceof DocumentError)) throw error;
  }
}

describe('parsePlan on arbitrary input', () => {
  it('never throws on any string other than with a DocumentError', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 400 }), (text) => parsesOrRejects({ text })),
      { numRuns: 300 },
    );
  });

  it('never throws on any Unicode string', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => parsesOrRejects({ text })),
      { numRuns: 200 },
    );
  });

  it('never throws on document-like text, and every source span lies inside the text', async () => {
    await fc.assert(
      fc.asyncProperty(documentLike, async (text) => {
        await parsesOrRejects({ text });
        if (text.trim() === '') return;
        const plan = await parsePlan({ text });
        for (const t of plan.tasks) expect(t.source.end).toBeLessThanOrEqual(plan.source.text.length);
        for (const i of plan.indicators) expect(i.source.end).toBeLessThanOrEqual(plan.source.text.length);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on any bytes under any file name, including fake zip and PDF headers', async () => {
    const magic = fc.constantFrom(
      [],
      [0x50, 0x4b, 0x03, 0x04],
      [0x25, 0x50, 0x44, 0x46, 0x2d],
      [0xef, 0xbb, 0xbf],
      [0xff, 0xfe],
      [0x3c, 0x68, 0x74, 0x6d, 0x6c, 0x3e],
    );
    const name = fc.constantFrom('a.txt', 'a.docx', 'a.pdf', 'a.html', 'a', 'a.doc', '-');
    await fc.assert(
      fc.asyncProperty(magic, fc.uint8Array({ maxLength: 600 }), name, (head, body, fileName) =>
        parsesOrRejects({ bytes: Uint8Array.from([...head, ...body]), fileName }),
      ),
      { numRuns: 200 },
    );
  });

  it('rejects non-documents with a DocumentError that carries a stable code', async () => {
    await expect(parsePlan({ bytes: new Uint8Array(), fileName: 'a.txt' })).rejects.toMatchObject({ code: 'document.empty' });
    await expect(parsePlan({ bytes: Uint8Array.from([0, 1, 2, 3, 0, 0, 7, 8]), fileName: 'a.txt' })).rejects.toMatchObject({
      code: 'document.binary',
    });
  });
});
