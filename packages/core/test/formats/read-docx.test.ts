import { describe, expect, it } from 'vitest';
import { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, VerticalMergeType } from 'docx';
import { parsePlan } from '@duban/core';
import type { TableBlock } from '../../src/extract/source-text.js';
import { DocumentError, readDocument } from '../../src/extract/formats/index.js';

const cell = (text: string, extra: Partial<ConstructorParameters<typeof TableCell>[0]> = {}) =>
  new TableCell({ children: [new Paragraph(text)], ...extra });

async function buildDocx(): Promise<Uint8Array> {
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: '健康城市建设工作方案', heading: HeadingLevel.HEADING_1 }),
          new Paragraph('一、总体要求'),
          new Paragraph('1.加强健康知识传播。(市卫生健康委)'),
          new Paragraph('2.推进全民健身。(市体育局)'),
          new Table({
            rows: [
              new TableRow({ children: [cell('序号'), cell('任务'), cell('牵头单位'), cell('完成时限')] }),
              new TableRow({
                children: [cell('1'), cell('控烟宣传'), cell('市卫生健康委', { verticalMerge: VerticalMergeType.RESTART }), cell('2021年')],
              }),
              new TableRow({
                children: [cell('2'), cell('健身设施'), cell('', { verticalMerge: VerticalMergeType.CONTINUE }), cell('持续推进')],
              }),
            ],
          }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

describe('readDocument: .docx', () => {
  it('reads headings, numbered paragraphs and a table with a merged cell', async () => {
    const source = await readDocument({ bytes: await buildDocx(), fileName: 'plan.docx' });
    expect(source.format).toBe('docx');
    expect(source.text.split('\n').slice(0, 4)).toEqual([
      '健康城市建设工作方案',
      '一、总体要求',
      '1.加强健康知识传播。(市卫生健康委)',
      '2.推进全民健身。(市体育局)',
    ]);
    const table = source.blocks.find((b): b is TableBlock => b.kind === 'table');
    expect(table?.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['序号', '任务', '牵头单位', '完成时限'],
      ['1', '控烟宣传', '市卫生健康委', '2021年'],
      ['2', '健身设施', '持续推进'],
    ]);
    expect(table?.rows[1]?.cells[2]?.rowSpan).toBe(2);
  });

  it('keeps the numbers of automatically numbered paragraphs', async () => {
    const doc = new Document({
      numbering: {
        config: [{ reference: 'items', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START }] }],
      },
      sections: [
        {
          children: ['加强健康知识传播。(市卫生健康委)', '推进全民健身。(市体育局)'].map(
            (text) => new Paragraph({ text, numbering: { reference: 'items', level: 0 } }),
          ),
        },
      ],
    });
    const source = await readDocument({ bytes: new Uint8Array(await Packer.toBuffer(doc)), fileName: 'plan.docx' });
    expect(source.text.split('\n')).toEqual(['1.加强健康知识传播。(市卫生健康委)', '2.推进全民健身。(市体育局)']);
  });

  it('keeps the indent of a line in a table typed with spaces (a cell continued under its column)', async () => {
    const lines = [
      '序号  建设内容          牵头单位  协同单位  完成时限',
      '1     新建社区食堂8个   县民政局  各街道    2025年6月',
      '2     开放学校体育场地  县教育局  县体育局  2025年9月',
      '                                  县财政局',
    ];
    const doc = new Document({ sections: [{ children: lines.map((text) => new Paragraph(text)) }] });
    const bytes = new Uint8Array(await Packer.toBuffer(doc));
    const source = await readDocument({ bytes, fileName: 'plan.docx' });
    expect(source.text.split('\n')).toEqual(lines);
    const plan = await parsePlan({ bytes, fileName: 'plan.docx' });
    expect(plan.tasks.find((t) => t.text.includes('体育场地'))?.participants).toEqual(['县体育局', '县财政局']);
  });

  it('sniffs a .docx by its content even under another name', async () => {
    const source = await readDocument({ bytes: await buildDocx(), fileName: 'upload.bin' });
    expect(source.format).toBe('docx');
  });

  it('rejects a corrupt zip named .docx with a DocumentError', async () => {
    const bytes = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...new TextEncoder().encode('truncated garbage after the zip magic')]);
    await expect(readDocument({ bytes, fileName: 'plan.docx' })).rejects.toSatisfy(
      (e: unknown) => e instanceof DocumentError && e.code === 'document.unreadable' && /Word/.test(e.message),
    );
  });
});
