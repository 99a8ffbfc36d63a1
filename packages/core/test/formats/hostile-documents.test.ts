import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DOCUMENT_LIMITS, parsePlan, readDocument } from '../../src/index.js';
import { docxBomb, docxZip64Claim, inflatingStreamPdf, longText, manyPagesPdf, plainDocx } from '../support/hostile-documents.js';
import { tinyPdf } from '../support/tiny-pdf.js';

async function refusal(p: Promise<unknown>): Promise<string> {
  const e = await p.then(
    () => null,
    (err: unknown) => err as { code?: string; message?: string },
  );
  expect(e, 'the document was read instead of refused').not.toBeNull();
  expect(e?.message).toMatch(/[\u4e00-\u9fa5]/);
  return e?.code ?? 'no code';
}

/** Sets the declared inflated size of a zip's central-directory entry `name` (a zip that lies about it). */
function declareSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const buf = Buffer.from(zip);
  for (
    let at = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    at >= 0;
    at = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), at - 1)
  ) {
    if (buf.toString('utf8', at + 46, at + 46 + buf.readUInt16LE(at + 28)) === name) buf.writeUInt32LE(size, at + 24);
  }
  return buf;
}

describe('hostile documents are refused before they are read', () => {
  it('refuses a .docx whose document.xml inflates to 100 MB, from its central directory', async () => {
    expect(await refusal(readDocument({ bytes: docxBomb(100), fileName: 'bomb.docx' }))).toBe('document.too_large');
  });

  it('refuses a .docx whose part inflates past what its central directory declares', async () => {
    const liar = declareSize(docxBomb(8), 'word/document.xml', 1000);
    expect(await refusal(readDocument({ bytes: liar, fileName: 'liar.docx' }))).toBe('document.unreadable');
  });

  it('refuses a zip64 .docx declaring 3.5 GB for a part', async () => {
    expect(await refusal(readDocument({ bytes: docxZip64Claim(3.5), fileName: 'zip64.docx' }))).toBe('document.too_large');
  });

  it('refuses a .docx of too many parts', async () => {
    const parts = Object.fromEntries(
      Array.from({ length: DEFAULT_DOCUMENT_LIMITS.maxZipEntries + 1 }, (_, i) => [`word/p${i}.xml`, strToU8('<x/>')]),
    );
    expect(await refusal(readDocument({ bytes: zipSync(parts), fileName: 'many.docx' }))).toBe('document.too_complex');
  });

  it('still reads an ordinary .docx', async () => {
    expect((await readDocument({ bytes: plainDocx('1. 推进控烟宣传。'), fileName: 'ok.docx' })).text).toContain('推进控烟宣传');
  });

  it('refuses a PDF of 20,000 pages', async () => {
    expect(await refusal(readDocument({ bytes: manyPagesPdf(20_000), fileName: 'pages.pdf' }))).toBe('document.too_many_pages');
  });

  it('counts pages through pdfjs too', async () => {
    const pdf = tinyPdf([['第一页'], ['第二页'], ['第三页']]);
    expect(await refusal(readDocument({ bytes: pdf, fileName: 'three.pdf' }, { ...DEFAULT_DOCUMENT_LIMITS, maxPdfPages: 2 }))).toBe(
      'document.too_many_pages',
    );
    expect((await readDocument({ bytes: pdf, fileName: 'three.pdf' })).text).toContain('第三页');
  });

  it('refuses a PDF with one stream inflating to 150 MB', async () => {
    expect(await refusal(readDocument({ bytes: await inflatingStreamPdf(150), fileName: 'stream.pdf' }))).toBe('document.too_large');
  });

  it('refuses a 15 MB text before parsing it', async () => {
    expect(await refusal(readDocument({ bytes: longText(15), fileName: 'long.txt' }))).toBe('document.too_large');
  });

  it('refuses a document yielding more tasks than the cap', async () => {
    const text = Array.from({ length: 12 }, (_, i) => `${i + 1}. 推进第${i + 1}项健康促进工作。（牵头单位：市卫生健康委）`).join('\n');
    const limits = { ...DEFAULT_DOCUMENT_LIMITS, maxTasks: 5 };
    expect(await refusal(parsePlan({ text: `一、重点任务\n${text}`, fileName: 'a.txt' }, { limits }))).toBe('document.too_many_tasks');
    expect((await parsePlan({ text: `一、重点任务\n${text}`, fileName: 'a.txt' })).tasks.length).toBeGreaterThan(5);
  });
});
