import { readFileSync } from 'node:fs';
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/extract/formats/index.js';
import { biffValueCells, wordPieceChars } from '../../src/extract/formats/ole-bounds.js';
import { MAX_CELLS } from '../../src/extract/formats/sheet-blocks.js';

interface Entry {
  content: Uint8Array;
  size: number;
}
const CFB = XLSX.CFB as {
  read: (d: Uint8Array, o: { type: 'buffer' }) => unknown;
  find: (c: unknown, p: string) => Entry | null;
  write: (c: unknown, o: { type: 'buffer' }) => Uint8Array;
  utils: { cfb_new: () => unknown; cfb_add: (c: unknown, p: string, d: Uint8Array) => void };
};
const docFixture = () => new Uint8Array(readFileSync(new URL('../fixtures/html-rowspan/input.doc', import.meta.url)));

function streams(bytes: Uint8Array) {
  const cfb = CFB.read(bytes, { type: 'buffer' });
  const main = CFB.find(cfb, 'WordDocument');
  if (!main) throw new Error('fixture has no WordDocument stream');
  const table = CFB.find(cfb, Buffer.from(main.content).readUInt16LE(0xa) & 0x200 ? '1Table' : '0Table');
  if (!table) throw new Error('fixture has no table stream');
  return { cfb, main, table, mainBytes: Uint8Array.from(main.content), tableBytes: Uint8Array.from(table.content) };
}

/** The fixture .doc with its piece table replaced by `pieces` pieces that each claim the whole WordDocument stream. */
function repeatedPieces(pieces: number): Uint8Array {
  const { cfb, main, table } = streams(docFixture());
  const m = Buffer.from(main.content);
  const clx = Buffer.alloc(5 + (pieces + 1) * 4 + pieces * 8);
  clx[0] = 2;
  clx.writeUInt32LE(clx.length - 5, 1);
  for (let i = 0; i <= pieces; i++) clx.writeUInt32LE(i * m.length, 5 + i * 4);
  for (let i = 0; i < pieces; i++) clx.writeUInt32LE(0x40000000, 5 + (pieces + 1) * 4 + i * 8 + 2);
  const t = Buffer.concat([Buffer.from(table.content), clx]);
  m.writeUInt32LE(table.content.length, 0x1a2);
  m.writeUInt32LE(clx.length, 0x1a6);
  Object.assign(main, { content: m, size: m.length });
  Object.assign(table, { content: t, size: t.length });
  return CFB.write(cfb, { type: 'buffer' });
}

/** A Workbook stream of MULRK records: `rows` rows of 255 number cells, six bytes a cell. */
function packedNumbers(rows: number): Uint8Array {
  const parts: Buffer[] = [];
  const bof = Buffer.alloc(20);
  bof.writeUInt16LE(0x0809, 0);
  bof.writeUInt16LE(16, 2);
  bof.writeUInt16LE(0x0600, 4);
  bof.writeUInt16LE(0x10, 6);
  parts.push(bof);
  for (let r = 0; r < rows; r++) {
    const body = Buffer.alloc(6 + 255 * 6);
    body.writeUInt16LE(r, 0);
    for (let c = 0; c < 255; c++) body.writeInt32LE((c << 2) | 2, 6 + c * 6);
    body.writeUInt16LE(254, 4 + 255 * 6);
    const head = Buffer.alloc(4);
    head.writeUInt16LE(0x00bd, 0);
    head.writeUInt16LE(body.length, 2);
    parts.push(head, body);
  }
  parts.push(Buffer.from([0x0a, 0, 0, 0]));
  return Buffer.concat(parts);
}

describe('Office 97 costs counted before reading', () => {
  it('counts a real .doc piece table as about its text, and a repeated one as what it would build', async () => {
    const { mainBytes, tableBytes } = streams(docFixture());
    const text = (await readDocument({ bytes: docFixture(), fileName: 'a.doc' })).text;
    const chars = wordPieceChars(mainBytes, tableBytes) ?? 0;
    expect(chars).toBeGreaterThanOrEqual(text.length);
    expect(chars).toBeLessThan(text.length * 2);
    const hostile = streams(repeatedPieces(1000));
    expect(wordPieceChars(hostile.mainBytes, hostile.tableBytes)).toBe(1000 * hostile.mainBytes.length);
    expect(wordPieceChars(mainBytes, null)).toBeNull();
    expect(wordPieceChars(mainBytes, Uint8Array.from([1, 255, 255]))).toBeNull();
  });

  it('refuses a .doc whose piece table repeats the body, before the reader builds it', async () => {
    // 60,000 copies of the stream would be hundreds of MB of text: the reader used to die with "Invalid string length".
    await expect(readDocument({ bytes: repeatedPieces(60_000), fileName: 'a.doc' })).rejects.toMatchObject({ code: 'document.too_large' });
  });

  it('counts BIFF value cells from record headers, as SheetJS stores them', () => {
    const ws = XLSX.utils.aoa_to_sheet([
      ['序号', '任务', '牵头单位'],
      [1, '建设健康步道', '市体育局'],
      [2, null, '市卫生健康委'],
    ]);
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, '任务');
    const cfb = CFB.read(new Uint8Array(XLSX.write(wb, { type: 'buffer', bookType: 'biff8' }) as Buffer), { type: 'buffer' });
    const workbook = CFB.find(cfb, 'Workbook');
    if (!workbook) throw new Error('SheetJS wrote no Workbook stream');
    expect(biffValueCells(Uint8Array.from(workbook.content))).toBe(8);
    expect(biffValueCells(packedNumbers(10))).toBe(2550);
    expect(biffValueCells(packedNumbers(10).subarray(0, 1000))).toBe(0);
  });

  it('refuses an .xls packed with more value cells than the bound, before SheetJS builds them', async () => {
    const rows = Math.ceil(MAX_CELLS / 255) + 1;
    const cfb = CFB.utils.cfb_new();
    CFB.utils.cfb_add(cfb, 'Workbook', packedNumbers(rows));
    await expect(readDocument({ bytes: CFB.write(cfb, { type: 'buffer' }), fileName: 'a.xls' })).rejects.toMatchObject({
      code: 'document.too_complex',
    });
  });
});
