/** A piece of text drawn at x on a line. */
export interface TinyRun {
  x: number;
  text: string;
  /** Points to lower the run below its line's baseline (a cell set lower in its row). */
  dy?: number;
  /** Font size in points (12 unless given). */
  size?: number;
}

/**
 * Writes a small text-layer PDF by hand for reader tests: one Type0 font (Identity-H, not embedded)
 * whose ToUnicode CMap maps glyph ids to the characters used, so any Chinese text survives extraction.
 * Each page is a list of lines drawn top-down at 12 pt, at x = 72 unless a line gives its own x; a line
 * given as a list of runs draws each run at its own x on the same baseline. Every glyph is one em wide,
 * unless `latinWidth` (in thousandths of an em) sets the width of ASCII characters.
 */
export function tinyPdf(pages: (string | TinyRun | TinyRun[])[][], options: { latinWidth?: number } = {}): Uint8Array {
  const runsOf = (l: string | TinyRun | TinyRun[]): TinyRun[] =>
    typeof l === 'string' ? [{ x: 72, text: l }] : Array.isArray(l) ? l : [l];
  const chars = [
    ...new Set(
      pages
        .flat()
        .flatMap(runsOf)
        .map((r) => r.text)
        .join(''),
    ),
  ];
  const cid = new Map(chars.map((c, i) => [c, i + 1]));
  const hex = (n: number) => n.toString(16).padStart(4, '0').toUpperCase();
  const objects: string[] = [];
  const add = (body: string) => objects.push(body) - 1 + 1;

  const catalog = add('');
  const pagesObj = add('');
  const cmap = [
    '/CIDInit /ProcSet findresource begin 12 dict begin begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def /CMapName /Test def /CMapType 2 def',
    '1 begincodespacerange <0000> <FFFF> endcodespacerange',
    `${chars.length} beginbfchar`,
    ...chars.map((c) => `<${hex(cid.get(c) ?? 0)}> <${[...c].map((u) => hex(u.charCodeAt(0))).join('')}>`),
    'endbfchar endcmap CMapName currentdict /CMap defineresource pop end end',
  ].join('\n');
  const toUnicode = add(`<< /Length ${cmap.length} >>\nstream\n${cmap}\nendstream`);
  const descriptor = add(
    '<< /Type /FontDescriptor /FontName /TestSong /Flags 4 /FontBBox [0 -200 1000 800] /ItalicAngle 0 /Ascent 800 /Descent -200 /CapHeight 700 /StemV 80 >>',
  );
  const descendant = add(
    `<< /Type /Font /Subtype /CIDFontType2 /BaseFont /TestSong /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor ${descriptor} 0 R /DW 1000 /W [1 [${chars.map((c) => (c < '\u0080' ? (options.latinWidth ?? 1000) : 1000)).join(' ')}]] /CIDToGIDMap /Identity >>`,
  );
  const font = add(
    `<< /Type /Font /Subtype /Type0 /BaseFont /TestSong /Encoding /Identity-H /DescendantFonts [${descendant} 0 R] /ToUnicode ${toUnicode} 0 R >>`,
  );
  const pageIds: number[] = [];
  for (const lines of pages) {
    const ops = lines
      .flatMap((line, i) =>
        runsOf(line).map(
          (run) =>
            `BT /F1 ${run.size ?? 12} Tf ${run.x} ${780 - i * 18 - (run.dy ?? 0)} Td <${[...run.text].map((c) => hex(cid.get(c) ?? 0)).join('')}> Tj ET`,
        ),
      )
      .join('\n');
    const content = add(`<< /Length ${ops.length} >>\nstream\n${ops}\nendstream`);
    pageIds.push(
      add(
        `<< /Type /Page /Parent ${pagesObj} 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${content} 0 R >>`,
      ),
    );
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesObj} 0 R >>`;
  objects[pagesObj - 1] = `<< /Type /Pages /Kids [${pageIds.map((p) => `${p} 0 R`).join(' ')}] /Count ${pageIds.length} >>`;

  const encoder = new TextEncoder();
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(encoder.encode(out).length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = encoder.encode(out).length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return encoder.encode(out);
}

/** The words of a line typed with spaces, as runs placed by their display column: 6 pt a column at 12 pt. */
export function typedRuns(line: string): TinyRun[] {
  const out: TinyRun[] = [];
  let col = 0;
  for (const piece of line.split(/( +)/)) {
    if (piece.trim() !== '') out.push({ x: 72 + col * 6, text: piece });
    for (const ch of piece) col += ch < '\u0080' ? 1 : 2;
  }
  return out;
}
