// Hostile documents made on the fly for the intake tests and `npm run bench:intake`: zip bombs, a zip64 part
// declaring gigabytes, a PDF of very many pages, a PDF with one stream inflating hugely, a very long text.
// Each is built in small pieces, so making it never needs the memory it would take to read it.
import { Zip, ZipDeflate, deflateSync, zipSync, strToU8 } from 'fflate';
import { constants, createDeflate } from 'node:zlib';

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';
const DOC_HEAD =
  '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>';
const DOC_TAIL = '</w:body></w:document>';
const PARAGRAPH = '<w:p><w:r><w:t>1. 加强全民健康素养促进行动。（牵头单位：市卫生健康委）</w:t></w:r></w:p>';

/** A .docx whose word/document.xml inflates to about `mb` MB of paragraphs (sizes recorded truthfully). */
export function docxBomb(mb: number): Uint8Array {
  const out: Uint8Array[] = [];
  const zip = new Zip((err, chunk) => {
    if (err) throw err;
    out.push(chunk);
  });
  for (const [name, text] of [
    ['[Content_Types].xml', CONTENT_TYPES],
    ['_rels/.rels', RELS],
  ] as const) {
    const f = new ZipDeflate(name);
    zip.add(f);
    f.push(strToU8(text), true);
  }
  const doc = new ZipDeflate('word/document.xml', { level: 9 });
  zip.add(doc);
  doc.push(strToU8(DOC_HEAD));
  const block = strToU8(PARAGRAPH.repeat(Math.ceil((1024 * 1024) / Buffer.byteLength(PARAGRAPH))));
  for (let i = 0; i < mb; i++) doc.push(block);
  doc.push(strToU8(DOC_TAIL), true);
  zip.end();
  return Buffer.concat(out);
}

/** A .docx whose document.xml is small but whose central directory claims (zip64) `gb` GB for it. */
export function docxZip64Claim(gb: number): Uint8Array {
  const parts: [string, Uint8Array][] = [
    ['[Content_Types].xml', strToU8(CONTENT_TYPES)],
    ['_rels/.rels', strToU8(RELS)],
    ['word/document.xml', deflateSync(strToU8(DOC_HEAD + PARAGRAPH + DOC_TAIL))],
  ];
  const local: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, data] of parts) {
    const fileName = Buffer.from(name);
    const claim = name === 'word/document.xml';
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(claim ? 45 : 20, 4);
    header.writeUInt16LE(claim ? 8 : 0, 8);
    header.writeUInt32LE(data.length, 18);
    header.writeUInt32LE(data.length, 22);
    header.writeUInt16LE(fileName.length, 26);
    local.push(header, fileName, Buffer.from(data));
    const extra = Buffer.alloc(claim ? 20 : 0);
    if (claim) {
      extra.writeUInt16LE(0x0001, 0);
      extra.writeUInt16LE(16, 2);
      extra.writeBigUInt64LE(BigInt(Math.round(gb * 1024 ** 3)), 4);
      extra.writeBigUInt64LE(BigInt(data.length), 12);
    }
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(45, 4);
    entry.writeUInt16LE(claim ? 45 : 20, 6);
    entry.writeUInt16LE(claim ? 8 : 0, 10);
    entry.writeUInt32LE(claim ? 0xffffffff : data.length, 20);
    entry.writeUInt32LE(claim ? 0xffffffff : data.length, 24);
    entry.writeUInt16LE(fileName.length, 28);
    entry.writeUInt16LE(extra.length, 30);
    entry.writeUInt32LE(offset, 42);
    central.push(entry, fileName, extra);
    offset += 30 + fileName.length + data.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...local, cd, end]);
}

/** A small, valid .docx (one numbered task) for contrast. */
export function plainDocx(text = '1. 加强全民健康素养促进行动。（牵头单位：市卫生健康委）'): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8(CONTENT_TYPES),
    '_rels/.rels': strToU8(RELS),
    'word/document.xml': strToU8(`${DOC_HEAD}<w:p><w:r><w:t>${text}</w:t></w:r></w:p>${DOC_TAIL}`),
  });
}

/** Writes a PDF from object bodies (object i + 1 is bodies[i]; object 1 the catalog), with a correct xref. */
function pdfFrom(bodies: (string | Buffer)[]): Buffer {
  const chunks: Buffer[] = [Buffer.from('%PDF-1.4\n')];
  let size = chunks[0]!.length;
  const offsets: number[] = [];
  bodies.forEach((body, i) => {
    offsets.push(size);
    const b = Buffer.concat([
      Buffer.from(`${i + 1} 0 obj\n`),
      typeof body === 'string' ? Buffer.from(body, 'latin1') : body,
      Buffer.from('\nendobj\n'),
    ]);
    chunks.push(b);
    size += b.length;
  });
  const xref = `xref\n0 ${bodies.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  chunks.push(Buffer.from(`${xref}trailer\n<< /Size ${bodies.length + 1} /Root 1 0 R >>\nstartxref\n${size}\n%%EOF\n`));
  return Buffer.concat(chunks);
}

const FONT = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>';

/** A PDF of `pages` pages sharing one small content stream. */
export function manyPagesPdf(pages: number): Uint8Array {
  const ops = 'BT /F1 12 Tf 72 720 Td (Action item) Tj ET';
  const first = 5;
  const kids = Array.from({ length: pages }, (_, i) => `${first + i} 0 R`).join(' ');
  const page = '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>';
  return pdfFrom([
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${kids}] /Count ${pages} >>`,
    FONT,
    `<< /Length ${ops.length} >>\nstream\n${ops}\nendstream`,
    ...Array.from({ length: pages }, () => page),
  ]);
}

/** A one-page PDF whose content stream is spaces that inflate to `mb` MB. */
export async function inflatingStreamPdf(mb: number): Promise<Uint8Array> {
  const deflate = createDeflate({ level: constants.Z_BEST_COMPRESSION });
  const out: Buffer[] = [];
  deflate.on('data', (c: Buffer) => out.push(c));
  const done = new Promise((resolve, reject) => deflate.once('end', resolve).once('error', reject));
  const block = Buffer.alloc(1024 * 1024, 0x20);
  for (let i = 0; i < mb; i++) if (!deflate.write(block)) await new Promise((r) => deflate.once('drain', r));
  deflate.end();
  await done;
  const data = Buffer.concat(out);
  const stream = Buffer.concat([
    Buffer.from(`<< /Length ${data.length} /Filter /FlateDecode >>\nstream\n`),
    data,
    Buffer.from('\nendstream'),
  ]);
  const page = '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>';
  return pdfFrom(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [5 0 R] /Count 1 >>', FONT, stream, page]);
}

/** About `mb` MB of UTF-8 plan text: numbered task lines, repeated. */
export function longText(mb: number): Uint8Array {
  const line = '（1）加强全民健康素养促进行动，开展健康知识进万家活动。（牵头单位：市卫生健康委；配合单位：市教育局）\n';
  return Buffer.from(`某市健康促进行动实施方案\n一、重点任务\n${line.repeat(Math.ceil((mb * 1024 * 1024) / Buffer.byteLength(line)))}`);
}

/** A valid plan of `tasks` long numbered tasks (slow enough to parse and store to measure or cancel). */
export function longPlan(tasks: number): string {
  const filler = '围绕健康城市建设目标，统筹推进健康环境、健康社会、健康服务、健康文化、健康人群建设，完善工作机制，强化部门协同，'.repeat(
    2,
  );
  const lines = ['某市健康促进行动实施方案', '一、重点任务'];
  for (let i = 1; i <= tasks; i++)
    lines.push(`${i}. 推进第${i}项健康促进工作，${filler}2025年底前完成。（牵头单位：市卫生健康委；配合单位：市教育局）`);
  return lines.join('\n');
}
