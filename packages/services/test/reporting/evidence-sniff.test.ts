import { describe, expect, it } from 'vitest';
import { Document, Packer, Paragraph } from 'docx';
import ExcelJS from 'exceljs';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { sniffEvidence } from '../../src/reporting/evidence-sniff.js';

describe('sniffEvidence', () => {
  it('tells real docx and xlsx files apart by their zip parts', async () => {
    const docx = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('开展宣传12场')] }] }));
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('进度').addRow(['任务', '进度']);
    const xlsx = Buffer.from(await wb.xlsx.writeBuffer());
    expect(sniffEvidence(new Uint8Array(docx))).toBe('docx');
    expect(sniffEvidence(new Uint8Array(xlsx))).toBe('xlsx');
  });

  it('recognises pdf, png, jpg and UTF-8 text, and nothing else', () => {
    expect(sniffEvidence(new TextEncoder().encode('%PDF-1.7\n'))).toBe('pdf');
    expect(sniffEvidence(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe('png');
    expect(sniffEvidence(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toBe('jpg');
    expect(sniffEvidence(new TextEncoder().encode('已完成宣传活动,覆盖3000人。'))).toBe('txt');
    expect(sniffEvidence(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0]))).toBeNull();
    expect(sniffEvidence(new Uint8Array([0x4d, 0x5a, 0x90, 0x00]))).toBeNull();
    expect(sniffEvidence(new Uint8Array([0xc3, 0x28]))).toBeNull();
    expect(sniffEvidence(new Uint8Array([]))).toBeNull();
  });

  it('checks Office files by structure: the declared main part must exist; zips with programs or macros are refused', async () => {
    const docx = new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('开展宣传12场')] }] })));
    const parts = unzipSync(docx);
    // The bytes "word/" somewhere in an archive holding a program (what the adversarial run got accepted).
    const exe = new Uint8Array([0x4d, 0x5a, 0x90, 0x00, ...strToU8('This program cannot be run in DOS mode')]);
    expect(sniffEvidence(zipSync({ 'word/readme.txt': strToU8('hi'), 'setup.exe': exe }))).toBeNull();
    // A main part without [Content_Types].xml declaring it, or declared as something else.
    const { '[Content_Types].xml': contentTypes, ...withoutTypes } = parts;
    expect(sniffEvidence(zipSync(withoutTypes))).toBeNull();
    const wrongType = strToU8(
      new TextDecoder().decode(contentTypes).replace('wordprocessingml.document.main+xml', 'wordprocessingml.template.main+xml'),
    );
    expect(sniffEvidence(zipSync({ ...parts, '[Content_Types].xml': wrongType }))).toBeNull();
    // Declared, but the part itself is missing.
    const { 'word/document.xml': _main, ...withoutMain } = parts;
    expect(sniffEvidence(zipSync(withoutMain))).toBeNull();
    // A real document carrying a program, a script or macros.
    for (const extra of ['word/media/tool.exe', 'word/embeddings/run.js', 'word/vbaProject.bin', 'word/embeddings/inner.zip']) {
      expect([extra, sniffEvidence(zipSync({ ...parts, [extra]: exe }))]).toEqual([extra, null]);
    }
    // The genuine file, repacked, still passes.
    expect(sniffEvidence(zipSync(parts))).toBe('docx');
  });
});
