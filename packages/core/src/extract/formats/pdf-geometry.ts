import type { SpaceWidths } from './pdf-spacing.js';

/** A run of text placed on a page (PDF units, y grows upwards; `y` is the baseline). */
export interface Positioned {
  text: string;
  x: number;
  y: number;
  right: number;
  size: number;
  /** The font the run is set in (pdfjs's font name), when known. */
  font?: string;
}

/** A ruling line on a page: horizontal (y fixed, from a to b along x) or vertical (x fixed, a to b along y). */
export interface Segment {
  dir: 'h' | 'v';
  /** The fixed coordinate. */
  at: number;
  a: number;
  b: number;
}

/** The slice of pdfjs's operator list that is read here. */
export interface OperatorList {
  fnArray: ArrayLike<number>;
  argsArray: unknown[];
}

/** The pdfjs operator codes used here (pdfjs-dist 4.x `OPS`). */
export interface PathOps {
  save: number;
  restore: number;
  transform: number;
  constructPath: number;
  moveTo: number;
  lineTo: number;
  rectangle: number;
  closePath: number;
  curveTo: number;
  /** Operators that paint the path just built (stroke, fill and their variants). */
  paint: ReadonlySet<number>;
}

/** Past this many path operations a page is not read for ruling lines (its text is still read). */
const MAX_PATH_OPS = 40_000;
/** A filled or stroked box thinner than this is a line. */
const THIN = 2.5;

type Matrix = [number, number, number, number, number, number];

const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[1] * n[2],
  m[0] * n[1] + m[1] * n[3],
  m[2] * n[0] + m[3] * n[2],
  m[2] * n[1] + m[3] * n[3],
  m[4] * n[0] + m[5] * n[2] + n[4],
  m[4] * n[1] + m[5] * n[3] + n[5],
];

/**
 * The horizontal and vertical ruling lines a page draws: stroked lines and thin filled boxes, and the four
 * edges of larger boxes (cell borders drawn as rectangles). Curves and slanted lines are ignored; the
 * current transformation matrix is followed through save/restore/transform.
 */
export function rulingSegments(list: OperatorList, ops: PathOps): Segment[] {
  const out: Segment[] = [];
  // A path counts only once painted: a clipping path (followed by endPath) draws nothing.
  let pending: Segment[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const stack: Matrix[] = [];
  let pathOps = 0;
  const point = (x: number, y: number): [number, number] => [ctm[0] * x + ctm[2] * y + ctm[4], ctm[1] * x + ctm[3] * y + ctm[5]];
  const line = (p: [number, number], q: [number, number]) => {
    if (Math.abs(p[1] - q[1]) < 0.5) pending.push({ dir: 'h', at: (p[1] + q[1]) / 2, a: Math.min(p[0], q[0]), b: Math.max(p[0], q[0]) });
    else if (Math.abs(p[0] - q[0]) < 0.5)
      pending.push({ dir: 'v', at: (p[0] + q[0]) / 2, a: Math.min(p[1], q[1]), b: Math.max(p[1], q[1]) });
  };
  for (let i = 0; i < list.fnArray.length; i++) {
    const fn = list.fnArray[i];
    const args = list.argsArray[i];
    if (fn !== undefined && ops.paint.has(fn)) for (const s of pending) out.push(s);
    if (fn !== ops.constructPath) pending = [];
    if (fn === ops.save) stack.push(ctm);
    else if (fn === ops.restore) ctm = stack.pop() ?? ctm;
    else if (fn === ops.transform && Array.isArray(args) && args.length === 6) ctm = multiply(args.map(Number) as Matrix, ctm);
    else if (fn === ops.constructPath && Array.isArray(args)) {
      const [codes, coords] = args as [ArrayLike<number>, ArrayLike<number>];
      if (!codes || !coords) continue;
      pathOps += codes.length;
      if (pathOps > MAX_PATH_OPS) return [];
      let k = 0;
      let start: [number, number] | null = null;
      let current: [number, number] | null = null;
      for (let j = 0; j < codes.length; j++) {
        const code = codes[j];
        if (code === ops.moveTo) {
          current = start = point(Number(coords[k]), Number(coords[k + 1]));
          k += 2;
        } else if (code === ops.lineTo) {
          const next = point(Number(coords[k]), Number(coords[k + 1]));
          k += 2;
          if (current) line(current, next);
          current = next;
        } else if (code === ops.rectangle) {
          const [x, y, w, h] = [0, 1, 2, 3].map((d) => Number(coords[k + d])) as [number, number, number, number];
          k += 4;
          rectangle(point(x, y), point(x + w, y + h), line);
          current = start = point(x, y);
        } else if (code === ops.closePath) {
          if (current && start) line(current, start);
          current = start;
        } else {
          // Curves: skip their coordinates (curveTo 6, curveTo2/curveTo3 4).
          k += code === ops.curveTo ? 6 : 4;
          current = null;
        }
      }
    }
  }
  return out;
}

/** A box: one line when thin, else its four edges. */
function rectangle(p: [number, number], q: [number, number], line: (p: [number, number], q: [number, number]) => void): void {
  const [x0, x1] = [Math.min(p[0], q[0]), Math.max(p[0], q[0])];
  const [y0, y1] = [Math.min(p[1], q[1]), Math.max(p[1], q[1])];
  if (y1 - y0 < THIN && x1 - x0 >= THIN) line([x0, (y0 + y1) / 2], [x1, (y0 + y1) / 2]);
  else if (x1 - x0 < THIN && y1 - y0 >= THIN) line([(x0 + x1) / 2, y0], [(x0 + x1) / 2, y1]);
  else if (x1 - x0 >= THIN && y1 - y0 >= THIN) {
    line([x0, y0], [x1, y0]);
    line([x0, y1], [x1, y1]);
    line([x0, y0], [x0, y1]);
    line([x1, y0], [x1, y1]);
  }
}

const CJK = /[\u3000-\u9fff\uff00-\uffef]/;
/**
 * The typesetter's space between Chinese and Latin text is a fifth of an em (a space run no wider than this,
 * in ems, is it); a space typed there, a Latin font's quarter of an em, is wider and is the author's.
 */
const AUTOSPACE = 0.22;
// Latin, Greek and Cyrillic letters, digits and circled numbers (①): set in a Western font, spaced off from
// Chinese by the typesetter (a sharing site's stray "Р" after each cell included).
const LATIN = /[A-Za-z0-9\u0370-\u04ff\u2460-\u24ff]/;

/**
 * The text of one line of runs, left to right. Chinese has no spaces, so adjacent runs run together; a
 * visible gap is a space and one of a character or more (columns laid out with space) two. A space run of a fifth of an em between
 * Chinese and a Latin letter or digit is the typesetter's spacing ("县 2023 年"), not the author's, and is dropped.
 * A run in `columnStarts` starts a column (a tab that reached its stop with no visible gap): two spaces.
 * With `spaces`, a wide gap becomes as many spaces as fill it (at least two), so columns lined up with spaces
 * in a plain-text original line up again. A run in `tabs` follows that many tabs (see tabsBefore).
 */
export function joinRuns(
  runs: Positioned[],
  columnStarts: ReadonlySet<Positioned> = new Set(),
  spaces?: SpaceWidths,
  tabs: ReadonlyMap<Positioned, number> = new Map(),
): string {
  let text = '';
  let lastRight: number | null = null;
  // The spacing is set in the larger of the two sizes it stands between.
  let lastSize = 0;
  let pendingSpace: Positioned | null = null;
  for (const run of runs) {
    if (run.text.trim() === '') {
      pendingSpace ??= run;
      continue;
    }
    if (lastRight !== null) {
      const gap = run.x - lastRight;
      const prev = text[text.length - 1] ?? '';
      const next = run.text[0] ?? '';
      const typeset = (CJK.test(prev) && LATIN.test(next)) || (LATIN.test(prev) && CJK.test(next));
      const tab = tabs.get(run);
      if (tab) text += '\t'.repeat(tab);
      else if (gap > run.size * 0.9) text += ' '.repeat(Math.max(2, spaces?.count(gap, run.size, pendingSpace ?? undefined) ?? 2));
      else if (columnStarts.has(run)) text += '  ';
      else if (gap > run.size * (typeset ? 0.5 : 0.2)) text += ' ';
      else if (
        pendingSpace &&
        !(typeset && pendingSpace.text.length === 1 && pendingSpace.right - pendingSpace.x <= Math.max(run.size, lastSize) * AUTOSPACE)
      )
        text += pendingSpace.text.length > 1 ? pendingSpace.text : ' ';
    }
    text += run.text;
    lastRight = run.right;
    lastSize = run.size;
    pendingSpace = null;
  }
  return text;
}

/**
 * Runs that start a column of a row laid out in columns (a row with a wide gap): runs with no visible gap
 * before them that start where, on the same page, other rows' columns start after a clear gap (a tab stop).
 */
/** What cannot start a column: a word or number going on, or a mark that closes what goes before it. */
const CLOSES = /^[A-Za-z0-9.%)）,，:：;；、。!！?？」』”’】》]/;

export function columnStarts(rows: Positioned[][]): Set<Positioned> {
  const words = (row: Positioned[]) => row.filter((r) => r.text.trim() !== '');
  const columnar = rows.map(words).filter((row) => row.some((r, i) => i > 0 && r.x - (row[i - 1]?.right ?? r.x) > r.size * 2));
  const seen = new Map<number, number>();
  for (const row of columnar) {
    row.forEach((r, i) => {
      if (i > 0 && r.x - (row[i - 1]?.right ?? r.x) > r.size * 0.5) seen.set(Math.round(r.x), (seen.get(Math.round(r.x)) ?? 0) + 1);
    });
  }
  const isStart = (x: number) => [-1, 0, 1].some((d) => (seen.get(Math.round(x) + d) ?? 0) >= 2);
  const out = new Set<Positioned>();
  for (const row of columnar) {
    row.forEach((r, i) => {
      const gap = r.x - (row[i - 1]?.right ?? r.x);
      // Not after a number: "8" + "月" is one word however the columns fall. Nor at a mark that closes what
      // goes before it ("改革" + ",完成", a comma set in another font): no cell starts with one. Nor after a
      // run in another font: a character the font lacks, set in a fallback font, splits a word ("常" + "态化").
      const before = row[i - 1];
      const after = before?.text.trim().slice(-1) ?? '';
      const sameFont = !before?.font || !r.font || before.font === r.font;
      if (i > 0 && gap >= 0 && gap <= r.size * 0.5 && isStart(r.x) && !CLOSES.test(r.text) && !/[A-Za-z0-9]/.test(after) && sameFont)
        out.add(r);
    });
  }
  return out;
}

/** Width of the first piece of a line that cannot be broken: one Chinese character (with a colon and number after it, or closing marks), or a number or Latin word with the character after it. */
export function firstWordWidth(text: string, size: number): number {
  // A character keeps the marks that may not start a line after it, and a colon the number after it ("限:2024").
  const word =
    /^[A-Za-z0-9.\-—–/%]+[^\sA-Za-z0-9]?/.exec(text.trim())?.[0] ??
    /^[^\s](?:[:：][A-Za-z0-9.\-/]+|[,，。、;；!！?？)）」』”’】》]+)?/.exec(text.trim())?.[0] ??
    '';
  let width = 0;
  for (const ch of word) width += /[\u2e80-\uffef]/.test(ch) ? size : size * 0.55;
  return width;
}
