/** Where a piece of a Word 97 body sits in the WordDocument stream (as word-extractor's piece table has it). */
export interface PieceSpan {
  startCp: number;
  startFilePos: number;
  size: number;
  bpc: number;
}

/** One table row's layout: its cells' edges (twips, one more than cells) and vertical merges by cell index. */
export interface RowLayout {
  edges: number[];
  /** Cells starting a vertical merge. */
  restart: Set<number>;
  /** Cells continuing the merge of the cell above. */
  continued: Set<number>;
}

/** What Word's paragraph properties say about tables: marks of paragraphs inside cells, and each row's merges. */
export interface TableMarks {
  /** Character positions (cp) of the paragraph marks of paragraphs inside table cells. */
  inCell: Set<number>;
  /** Row-end marks by cp, with that row's layout. */
  rows: Map<number, RowLayout>;
}

const sprmPFInTable = 0x2416;
const sprmPFTtp = 0x2417;
const sprmTDefTable = 0xd608;
const sprmTVertMerge = 0xd62b;
/** Properties too long for their page, kept in the Data stream (a row with many cells or merges). */
const sprmPHugePapx = 0x6646;
/** Bounds the loops a hostile file could drive: FKP pages read, and properties (sprms) read per paragraph. */
const MAX_FKP_PAGES = 20_000;
const MAX_SPRMS = 2_000;

/**
 * Reads the paragraph property pages (PAPX FKPs, [MS-DOC] 2.9.177) of a Word 97 file for what word-extractor
 * does not keep: which paragraphs are inside a table (sprmPFInTable) and, on each row-end mark (sprmPFTtp), the
 * cell edges and vertical merge flags of its cells (sprmTDefTable, sprmTVertMerge). Every read is bounds-checked.
 */
export function readTableMarks(main: Buffer, table: Buffer | null, data: Buffer | null, pieces: PieceSpan[]): TableMarks {
  const marks: TableMarks = { inCell: new Set(), rows: new Map() };
  if (!table || main.length < 0x10a) return marks;
  const fc = main.readUInt32LE(0x102);
  const lcb = main.readUInt32LE(0x106);
  if (lcb < 4 || fc + lcb > table.length) return marks;
  const count = Math.min(Math.floor((lcb - 4) / 8), MAX_FKP_PAGES);
  const byPosition = [...pieces].sort((a, b) => a.startFilePos - b.startFilePos);
  for (let i = 0; i < count; i++) {
    const page = table.readUInt32LE(fc + (count + 1) * 4 + i * 4) * 512;
    if (page + 512 > main.length) continue;
    readFkp(main.subarray(page, page + 512), data, byPosition, marks);
  }
  return marks;
}

function readFkp(fkp: Buffer, data: Buffer | null, byPosition: PieceSpan[], marks: TableMarks): void {
  const crun = fkp.readUInt8(511);
  if ((crun + 1) * 4 + crun * 13 > 511) return;
  for (let j = 0; j < crun; j++) {
    const end = fkp.readUInt32LE((j + 1) * 4);
    const at = fkp.readUInt8((crun + 1) * 4 + j * 13) * 2;
    if (at === 0 || at >= 511) continue;
    const cb = fkp.readUInt8(at);
    const [from, size] = cb !== 0 ? [at + 1, 2 * cb - 1] : [at + 2, 2 * fkp.readUInt8(Math.min(at + 1, 510))];
    const grpprl = fkp.subarray(from + 2, Math.min(from + size, 511));
    const props = readSprms(grpprl, data);
    if (!props.inTable && !props.ttp) continue;
    const cp = cpOfMark(end, byPosition);
    if (cp === null) continue;
    if (props.ttp) marks.rows.set(cp, props.merges);
    else marks.inCell.add(cp);
  }
}

type ParaProps = { inTable: boolean; ttp: boolean; merges: RowLayout };

function readSprms(grpprl: Buffer, data: Buffer | null, out: ParaProps = { inTable: false, ttp: false, merges: emptyLayout() }): ParaProps {
  let at = 0;
  for (let n = 0; n < MAX_SPRMS && at + 2 <= grpprl.length; n++) {
    const sprm = grpprl.readUInt16LE(at);
    at += 2;
    const operand = grpprl.subarray(at);
    if (sprm === sprmPFInTable && operand[0] === 1) out.inTable = true;
    if (sprm === sprmPFTtp && operand[0] === 1) out.ttp = true;
    if (sprm === sprmTDefTable && operand.length >= 3) readDefTable(operand.subarray(2, 2 + operand.readUInt16LE(0) - 1), out.merges);
    if (sprm === sprmTVertMerge && operand.length >= 3) {
      const [, itc = 0, flags = 0] = operand;
      if (flags === 3) out.merges.restart.add(itc);
      else if (flags === 1) out.merges.continued.add(itc);
    }
    // PrcData in the Data stream: a 2-byte size, then more properties of the same paragraph (read once, not nested).
    if (sprm === sprmPHugePapx && data && operand.length >= 4) {
      const from = operand.readUInt32LE(0);
      if (from + 2 <= data.length) readSprms(data.subarray(from + 2, Math.min(data.length, from + 2 + data.readUInt16LE(from))), null, out);
    }
    const length = operandLength(sprm, operand);
    if (length === null) break;
    at += length;
  }
  return out;
}

/** A row layout with nothing known. */
export function emptyLayout(): RowLayout {
  return { edges: [], restart: new Set(), continued: new Set() };
}

/** TDefTableOperand: itcMac, rgdxaCenter[itcMac + 1], then up to itcMac TC80s of 20 bytes (tcgrf first). */
function readDefTable(def: Buffer, merges: RowLayout): void {
  const itcMac = def[0] ?? 0;
  const tcs = 1 + (itcMac + 1) * 2;
  if (tcs > def.length) return;
  merges.edges = Array.from({ length: itcMac + 1 }, (_, i) => def.readInt16LE(1 + i * 2));
  for (let c = 0; c < itcMac && tcs + c * 20 + 2 <= def.length; c++) {
    const tcgrf = def.readUInt16LE(tcs + c * 20);
    if (tcgrf & 0x40) merges.restart.add(c);
    else if (tcgrf & 0x20) merges.continued.add(c);
  }
}

/** Bytes of a sprm's operand ([MS-DOC] 2.6.1: by spra; two variable-length ones carry a 2-byte size). */
function operandLength(sprm: number, operand: Buffer): number | null {
  const spra = (sprm >> 13) & 7;
  if (spra === 0 || spra === 1) return 1;
  if (spra === 2 || spra === 4 || spra === 5) return 2;
  if (spra === 3) return 4;
  if (spra === 7) return 3;
  if (sprm === sprmTDefTable) return operand.length >= 2 ? operand.readUInt16LE(0) + 1 : null;
  if (operand.length < 1) return null;
  return operand.readUInt8(0) + 1;
}

/** The cp of the paragraph mark ending at file position `end` (exclusive), or null outside every piece. */
function cpOfMark(end: number, byPosition: PieceSpan[]): number | null {
  // Binary search for the last piece starting before `end` (pieces do not overlap in the stream).
  let lo = 0;
  let hi = byPosition.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((byPosition[mid]?.startFilePos ?? 0) < end) lo = mid;
    else hi = mid - 1;
  }
  const p = byPosition[lo];
  if (!p || end <= p.startFilePos || end > p.startFilePos + p.size) return null;
  return p.startCp + (end - p.startFilePos) / p.bpc - 1;
}
