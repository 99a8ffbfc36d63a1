import { describe, expect, it } from 'vitest';
import { DocumentError, readDocument } from '../../src/extract/formats/index.js';
import { encodeGb18030 } from '../support/gb18030.js';

const SAMPLE = '关于印发健康城市建设工作方案的通知\r\n一、总体要求\r\n1.加强健康知识传播。(市卫生健康委)\r\n';
const EXPECTED = '关于印发健康城市建设工作方案的通知\n一、总体要求\n1.加强健康知识传播。(市卫生健康委)\n';

function utf16(text: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const out = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
  const view = new DataView(out.buffer);
  let i = 0;
  if (bom) view.setUint16(i++ * 2, 0xfeff, littleEndian);
  for (const unit of text.split('').map((c) => c.charCodeAt(0))) view.setUint16(i++ * 2, unit, littleEndian);
  return out;
}

async function errorOf(promise: Promise<unknown>): Promise<DocumentError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DocumentError) return error;
    throw error;
  }
  throw new Error('expected a DocumentError');
}

describe('readDocument: text files', () => {
  it('reads UTF-8 and normalises line endings', async () => {
    const source = await readDocument({ bytes: new TextEncoder().encode(SAMPLE), fileName: 'a.txt' });
    expect(source.format).toBe('txt');
    expect(source.text).toBe(EXPECTED);
  });

  it('drops a UTF-8 BOM and zero-width characters', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('健\u200b康城市\ufeff')]);
    expect((await readDocument({ bytes, fileName: 'a.txt' })).text).toBe('健康城市');
  });

  it('turns form feeds and Unicode separators into line breaks and drops soft hyphens', async () => {
    const source = await readDocument({ text: '第一页\f第二页\u2028续\u2029完\u00ad' });
    expect(source.text).toBe('第一页\n第二页\n续\n完');
  });

  it('falls back to GB18030 when the bytes are not UTF-8', async () => {
    const bytes = encodeGb18030(SAMPLE);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    expect((await readDocument({ bytes, fileName: 'plan.txt' })).text).toBe(EXPECTED);
  });

  it.each([
    ['UTF-16LE with BOM', true, true],
    ['UTF-16BE with BOM', false, true],
    ['UTF-16LE without BOM', true, false],
    ['UTF-16BE without BOM', false, false],
  ])('reads %s', async (_name, le, bom) => {
    const source = await readDocument({ bytes: utf16(SAMPLE + 'Plan 2021 abc', le, bom), fileName: 'a.txt' });
    expect(source.text).toBe(EXPECTED + 'Plan 2021 abc');
  });

  it('reads mostly-Chinese UTF-16 without a BOM, whose NUL bytes are few', async () => {
    const text = '一、总体要求\n一是加强统一领导,二是落实一把手责任。'.repeat(20);
    expect((await readDocument({ bytes: utf16(text, true, false), fileName: 'a.txt' })).text).toBe(text);
    expect((await readDocument({ bytes: utf16(text, false, false), fileName: 'a.txt' })).text).toBe(text);
  });

  it('gives one paragraph block per line with offsets into the text', async () => {
    const source = await readDocument({ text: 'a\n\n一、总体要求\n1.加强' });
    expect(source.blocks.map((b) => b.kind === 'para' && [b.line, b.text])).toEqual([
      [1, 'a'],
      [2, ''],
      [3, '一、总体要求'],
      [4, '1.加强'],
    ]);
    for (const b of source.blocks) if (b.kind === 'para') expect(source.text.slice(b.start, b.end)).toBe(b.text);
  });

  it('rejects an empty file and a whitespace-only file', async () => {
    expect((await errorOf(readDocument({ bytes: new Uint8Array(), fileName: 'a.txt' }))).code).toBe('document.empty');
    expect((await errorOf(readDocument({ bytes: new TextEncoder().encode(' \n\t\r\n'), fileName: 'a.txt' }))).code).toBe('document.empty');
  });

  it('rejects binary bytes with a Chinese message', async () => {
    const bytes = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256);
    const error = await errorOf(readDocument({ bytes, fileName: 'plan.txt' }));
    expect(error.code).toBe('document.binary');
    expect(error.message).toMatch(/二进制/);
  });

  it('rejects images as unsupported, and an Office 97 header with nothing behind it as unreadable', async () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect((await errorOf(readDocument({ bytes: png, fileName: 'a.txt' }))).code).toBe('document.unsupported');
    const ole = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    expect((await errorOf(readDocument({ bytes: ole, fileName: 'plan.doc' }))).code).toBe('document.unreadable');
  });

  it('rejects a .pdf or .docx whose content is something else', async () => {
    const bytes = new TextEncoder().encode('not a pdf at all');
    expect((await errorOf(readDocument({ bytes, fileName: 'plan.pdf' }))).code).toBe('document.unreadable');
    for (const fileName of ['plan.doc', 'plan.wps', 'plan.xls', 'plan.et'])
      expect((await errorOf(readDocument({ bytes, fileName }))).code).toBe('document.unreadable');
  });

  it('sniffs HTML inside a .txt file', async () => {
    const bytes = new TextEncoder().encode('<html><body><p>一、总体要求</p><p>1.加强宣传</p></body></html>');
    const source = await readDocument({ bytes, fileName: 'page.txt' });
    expect(source.format).toBe('html');
    expect(source.text).toBe('一、总体要求\n1.加强宣传');
  });
});
