/*
 * Costs of an Office 97 file counted from its own tables before a reader builds anything. word-extractor and
 * SheetJS each hold a whole document in memory as they read it, and both trust the file's counts: a Word piece
 * table may list one stretch of the stream a hundred thousand times, and a BIFF sheet packs a number cell into six
 * bytes. These walks read only record headers and piece descriptors, so they cost a pass over bytes already loaded.
 */

/**
 * Characters a Word 97 piece table asks to be read: each piece clamped to the WordDocument stream, as the reader
 * clamps it, and summed. Null when the table cannot be walked (the reader will then report the file corrupt).
 */
export function wordPieceChars(main: Uint8Array, table: Uint8Array | null): number | null {
  if (!table || main.length < 0x1a6) return null;
  const mainView = view(main);
  const tableView = view(table);
  let pos = mainView.getUint32(0x1a2, true);
  // The CLX: property runs (flag 1, u16 size) before the piece table (flag 2, u32 size).
  while (pos < table.length && table[pos] === 1) {
    if (pos + 3 > table.length) return null;
    pos += 3 + tableView.getUint16(pos + 1, true);
  }
  if (pos + 5 > table.length || table[pos] !== 2) return null;
  const declared = tableView.getUint32(pos + 1, true);
  pos += 5;
  const pieces = Math.min(Math.floor((declared - 4) / 12), Math.floor((table.length - pos - 4) / 12));
  let chars = 0;
  for (let x = 0; x < pieces; x++) {
    const cpStart = tableView.getUint32(pos + x * 4, true);
    const cpEnd = tableView.getUint32(pos + (x + 1) * 4, true);
    let fc = tableView.getUint32(pos + (pieces + 1) * 4 + x * 8 + 2, true);
    const compressed = (fc & 0x40000000) !== 0;
    if (compressed) fc = Math.floor((fc & ~0x40000000) / 2);
    const bytesPerChar = compressed ? 1 : 2;
    const wanted = Math.max(0, cpEnd - cpStart) * bytesPerChar;
    const available = Math.max(0, main.length - fc);
    chars += Math.floor(Math.min(wanted, available) / bytesPerChar);
  }
  return chars;
}

/** BIFF records that put one value in one cell (LABELSST, LABEL, NUMBER, RK, FORMULA, BOOLERR, RSTRING). */
const ONE_CELL = new Set([0x00fd, 0x0204, 0x0203, 0x027e, 0x0006, 0x0205, 0x00d6]);
const MULRK = 0x00bd;

/**
 * Cells with a value in a BIFF5/8 workbook stream (blank cells are not counted: they are never stored), read from
 * record headers alone. A truncated last record ends the count.
 */
export function biffValueCells(workbook: Uint8Array): number {
  const v = view(workbook);
  let cells = 0;
  for (let pos = 0; pos + 4 <= workbook.length;) {
    const type = v.getUint16(pos, true);
    const length = v.getUint16(pos + 2, true);
    if (pos + 4 + length > workbook.length) break;
    if (ONE_CELL.has(type)) cells += 1;
    // MULRK: row, first column, six bytes per cell, last column.
    else if (type === MULRK && length >= 6) cells += Math.floor((length - 6) / 6);
    pos += 4 + length;
  }
  return cells;
}

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
