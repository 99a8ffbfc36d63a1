import type { SourceText } from '../source-text.js';
import { DEFAULT_DOCUMENT_LIMITS, type DocumentLimits } from './document-limits.js';
import { DocumentError } from './document-error.js';
import { checkPdfStreams, tooManyPages } from './pdf-streams.js';
import { FONTLESS_DOCUMENT, loadPdfjs } from './load-pdfjs.js';
import { cleanPdfBlocks, type PdfBlock, type PdfTableBlock } from './pdf-lines.js';
import { columnStarts, firstWordWidth, joinRuns, rulingSegments, type PathOps, type Positioned } from './pdf-geometry.js';
import { leadingTabs, SpaceWidths, stopAfter, tabsBefore, tabStops, type TabStops } from './pdf-spacing.js';
import { findStreamTables, type StreamColumns } from './pdf-stream-tables.js';
import { findTables, groupLines } from './pdf-tables.js';
import { mostCommon, usualSpacing } from './pdf-line-spacing.js';
import { SourceBuilder } from './source-builder.js';
import { wrapContinuations, type LineBox } from './pdf-wrap-continuations.js';
import {
  completeRowAbove,
  completeTabRow,
  indentedRowWrap,
  isGroupHeading,
  isIndentedUnder,
  isRowAt,
  lastOfWrapped,
  wrappedCell,
} from './pdf-typed-rows.js';

interface TextItem {
  str: string;
  fontName?: string;
  transform: number[];
  width: number;
  height: number;
}

/** A line of running text with its place on the page, before the document-wide margins are known. */
interface PlacedLine extends LineBox {
  /** Estimated width of the line's first unbreakable piece (a Chinese character, or a number with its unit). */
  firstWord: number;
  /** The widest gap between two runs of the line (a column gap when the line is a row of columns). */
  widestGap: number;
  /** The page's space widths, to turn an indent into spaces. */
  spaces: SpaceWidths;
  /** Tabs before the line when the page is laid out on tab stops and the line starts at one. */
  leadTabs: number;
  /** On a page laid out on tab stops, the first stop after the line's end (where a tab would have gone). */
  nextStop?: number;
  /** On a page laid out on tab stops, the distance between stops. */
  tabStep?: number;
}

/** A line of columns set apart by runs of spaces or by tabs. */
const COLUMNS = / {2}|\t/;

/** A row of a table typed with tabs starts with its number (or a group's) and a tab. */
const ROW_START = /^\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3}[、.．])\s*\t|^\s*[一二三四五六七八九十]{1,3}[、.．]/;

/** A line ending a sentence. */
const SENTENCE_END = /[。!?！？]$/;

/** A Chinese character (not a mark). */
const HAN_START = /^[\u3400-\u9fff]/;

type PageBlock = { y: number; line: PlacedLine } | { y: number; table: PdfTableBlock };

/**
 * Reads the text layer of a PDF (pdfjs-dist, no worker thread). Ruled tables are rebuilt from the ruling
 * lines and text positions (findTables) and become table blocks, as a .docx/.html table does; the other text
 * runs are grouped into lines, page furniture is removed and broken sentences joined (cleanPdfBlocks).
 * A PDF without any text (a scan) throws 'document.unreadable'. Streams are checked first (checkPdfStreams);
 * pages and text items are capped (`document.too_many_pages`, `document.too_complex`).
 */
export async function pdfToSource(bytes: Uint8Array, limits: DocumentLimits = DEFAULT_DOCUMENT_LIMITS): Promise<SourceText> {
  checkPdfStreams(bytes, limits);
  const pdfjs = await loadPdfjs();
  let doc;
  try {
    // pdfjs takes ownership of the buffer it is given, so hand it a copy.
    doc = await pdfjs.getDocument({
      data: new Uint8Array(bytes),
      isEvalSupported: false,
      // Fonts go to a document that keeps nothing: no glyph paths are built for a page that is never drawn.
      disableFontFace: false,
      ownerDocument: FONTLESS_DOCUMENT,
      useSystemFonts: false,
      verbosity: 0,
    }).promise;
  } catch (cause) {
    throw new DocumentError('document.unreadable', 'PDF 文件已损坏或加密,无法读取。', { cause });
  }
  try {
    if (doc.numPages > limits.maxPdfPages) throw tooManyPages(doc.numPages, limits);
    const O = pdfjs.OPS;
    const ops: PathOps = {
      save: O.save,
      restore: O.restore,
      transform: O.transform,
      constructPath: O.constructPath,
      moveTo: O.moveTo,
      lineTo: O.lineTo,
      rectangle: O.rectangle,
      closePath: O.closePath,
      curveTo: O.curveTo,
      paint: new Set([O.stroke, O.closeStroke, O.fill, O.eoFill, O.fillStroke, O.eoFillStroke, O.closeFillStroke, O.closeEOFillStroke]),
    };
    const blocks: PageBlock[] = [];
    let items = 0;
    let carry: StreamColumns | undefined;
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      items += content.items.length;
      if (items > limits.maxPdfTextItems)
        throw new DocumentError('document.too_complex', 'PDF 的文字结构过于复杂,超出可处理的范围,已拒绝导入。');
      const runs = positioned(content.items.filter((i): i is TextItem & typeof i => 'str' in i) as TextItem[]);
      // Ruling lines are only worth reading on a page with text.
      const segments = runs.length > 0 ? rulingSegments(await page.getOperatorList(), ops) : [];
      const ruled = findTables(segments, runs);
      // Text outside ruled tables may still line up into a borderless one.
      const stream = findStreamTables(ruled.rest, carry);
      carry = stream.carry;
      const tables = [...ruled.tables, ...stream.tables];
      const rest = stream.rest;
      const rows = groupLines(rest);
      const starts = columnStarts(rows);
      const spaces = new SpaceWidths(runs);
      const tabs = tabStops(rows);
      const pageBlocks: PageBlock[] = [
        ...rows.map((row) => ({ y: row[0]?.y ?? 0, line: placedLine(row, p, page.view[2] ?? 0, starts, spaces, tabs) })),
        ...tables.map((t) => ({ y: t.top, table: { page: p, xs: t.xs, rows: t.rows } })),
      ];
      blocks.push(...pageBlocks.sort((a, b) => b.y - a.y));
      page.cleanup();
    }
    const builder = new SourceBuilder();
    for (const block of cleanPdfBlocks(documentLines(blocks))) {
      // Kept as written: a line of columns keeps the spaces that line its columns up (cleanPdfBlocks trims the rest).
      if (typeof block === 'string') builder.para(block, true);
      else builder.table(block);
    }
    const source = builder.build('pdf');
    if (source.text.trim() === '')
      throw new DocumentError('document.unreadable', 'PDF 中没有可提取的文字(可能是扫描件),请提供文字版文件。');
    return source;
  } catch (cause) {
    if (cause instanceof DocumentError) throw cause;
    throw new DocumentError('document.unreadable', 'PDF 文件已损坏,无法读取其中的文字。', { cause });
  } finally {
    await doc.destroy().catch(() => undefined);
  }
}

/**
 * A row's second line on tab stops (it starts at a stop, under the row's cells) whose next piece did not fit:
 * the piece went to the next line (at a stop after a tab, at the left margin inside a word), and runs on the
 * row unless that line starts a row of its own (a row number and a tab at the margin).
 */
function tabRowGoesOn(l: PlacedLine, after: PageBlock | undefined, left: number): boolean {
  if (l.leadTabs === 0 || !l.text.includes('\t') || !after || !('line' in after)) return false;
  const n = after.line;
  return n.page === l.page && !(n.x <= left + n.size * 0.5 && ROW_START.test(n.text));
}

/**
 * The block is a line of text at once followed, on its page, by a table: a table's heading. A row of columns
 * set apart by spaces above it does not run on into it (its last cell did not wrap there).
 */
function headsTable(blocks: PageBlock[], i: number): boolean {
  const b = blocks[i];
  const next = blocks[i + 1];
  return (
    b !== undefined && 'line' in b && next !== undefined && 'table' in next && next.table.page === b.line.page && !COLUMNS.test(b.line.text)
  );
}

function positioned(items: TextItem[]): Positioned[] {
  return items
    .filter((i) => i.str !== '')
    .map((i) => {
      const size = Math.abs(i.transform[3] ?? 0) || Math.abs(i.height) || 10;
      const x = i.transform[4] ?? 0;
      return { text: i.str, x, y: i.transform[5] ?? 0, right: x + i.width, size, font: i.fontName };
    });
}

function placedLine(
  row: Positioned[],
  page: number,
  pageRight: number,
  starts: ReadonlySet<Positioned>,
  spaces: SpaceWidths,
  tabs: TabStops | null,
): PlacedLine {
  const words = row.filter((r) => r.text.trim() !== '');
  const first = words[0] ?? row[0];
  const right = Math.max(...words.map((r) => r.right), first?.right ?? 0);
  return {
    text: joinRuns(row, starts, spaces, tabs ? tabsBefore(row, tabs) : undefined),
    page,
    x: first?.x ?? 0,
    right,
    y: first?.y ?? 0,
    size: Math.max(...row.map((r) => r.size)),
    pageRight,
    firstWord: firstWordWidth(joinRuns(words), first?.size ?? 10),
    widestGap: Math.max(0, ...words.slice(1).map((w, i) => w.x - (words[i]?.right ?? w.x))),
    spaces,
    leadTabs: tabs && first ? leadingTabs(first.x, tabs) : 0,
    nextStop: tabs ? stopAfter(right, tabs) : undefined,
    tabStep: tabs?.step,
  };
}

/**
 * Lines with what only the whole document tells: whether a line reaches the right margin (so a sentence may
 * run on), and whether a paragraph starts at it (a gap above wider than the usual line spacing, or an indent).
 */
function documentLines(blocks: PageBlock[]): PdfBlock[] {
  const lines = blocks.flatMap((b) => ('line' in b ? [b.line] : []));
  const text = lines.filter((l) => l.text.trim() !== '');
  // The left margin is where most lines start; the right one mirrors it (a line may stop a character or two
  // short of it where the next character would not fit).
  const left = mostCommon(text.map((l) => l.x));
  // Wrapped lines that do not return to the left margin (a hanging indent, a centred title).
  const bodySize = mostCommon(text.map((l) => l.size));
  const spacing = usualSpacing(blocks);
  const wraps = wrapContinuations(
    blocks.map((b) => ('line' in b ? b.line : null)),
    { left, spacing, bodySize },
  );
  let prev: PlacedLine | null = null;
  // Within rows of columns set apart by spaces, an indented line (a cell's continuation under its column, a
  // header's second line) keeps its indent as spaces, as the plain-text original had it.
  let inColumns = false;
  // The line is the last cell of the row above, wrapped alone to the margin: the rows' columns go on below it.
  let rowTail = false;
  return blocks.map((b, i): PdfBlock => {
    if ('table' in b) {
      prev = null;
      inColumns = false;
      rowTail = false;
      return b.table;
    }
    const l = b.line;
    const indented = l.x > left + l.size;
    inColumns = COLUMNS.test(l.text) || (inColumns && (indented || rowTail));
    const lead = !inColumns || !indented ? '' : l.leadTabs > 0 ? '\t'.repeat(l.leadTabs) : ' '.repeat(l.spaces.indent(l.x - left, l.size));
    const gap = prev && prev.page === l.page ? prev.y - l.y : null;
    // An indent starts a paragraph, except after a row of columns (its wrapped cell resumes at a column).
    const indent = l.x > left + l.size * 1.5 && !(prev && COLUMNS.test(prev.text));
    // A wrapped line keeps its font: a line set in another size (body text under a heading) starts anew.
    const resized = prev !== null && Math.abs(prev.size - l.size) > Math.min(prev.size, l.size) * 0.2;
    // Lines set larger than the body (a title) are as much further apart.
    const pitch = prev && bodySize > 0 ? spacing * Math.max(1, Math.min(prev.size, l.size) / bodySize) : spacing;
    const breakBefore = !wraps.has(i) && ((gap !== null && spacing > 0 && gap > pitch * 1.5) || indent || resized);
    prev = l;
    // Full: it reaches the right margin and starts at the left one (a first-line indent of two characters
    // allowed); a right-aligned signature or date reaches the margin too but is not a broken sentence.
    // Or the next line's first piece would not have fitted after it (a line broken before a number).
    const after = blocks[i + 1];
    const margin = l.pageRight - left;
    const nextWord = after && 'line' in after ? after.line.firstWord : 0;
    // A row of columns set apart by spaces breaks at a column gap: the next piece had such a gap to cross.
    // A row of columns set apart by tabs, followed by a line at the left margin (not at a stop, as a row's
    // continuation is): only one tab's room, up to the next stop, for the next piece to have needed.
    const atMargin = after !== undefined && 'line' in after && after.line.leadTabs === 0;
    const gapAllowance =
      l.nextStop !== undefined && l.text.includes('\t') && atMargin
        ? l.nextStop - l.right
        : COLUMNS.test(l.text)
          ? Math.min(l.widestGap, l.size * 8)
          : l.size * 0.3;
    const cellWrap =
      wrappedCell(b, after, left) &&
      (isRowAt(blocks[i + 2], left) ||
        isGroupHeading(blocks[i + 2]) ||
        lastOfWrapped(blocks, i, left) ||
        isIndentedUnder(blocks[i + 2], l, left));
    rowTail = cellWrap;
    // A line may stop up to two characters short of the margin where what follows could not start the next
    // line; not so when the next line starts with a Chinese character that had room, most of another to spare.
    const nextText = after && 'line' in after ? after.line.text.trimStart() : '';
    const hadRoom = HAN_START.test(nextText) && l.right + nextWord + l.size * 0.8 <= margin;
    // After a sentence's end, room for the next character alone is enough: no break was needed there.
    const endRoom = SENTENCE_END.test(l.text) && HAN_START.test(nextText) && l.right + nextWord <= margin + l.size * 0.1;
    const overflows = !endRoom && ((l.right >= margin - l.size * 2 && !hadRoom) || l.right + gapAllowance + nextWord > margin);
    const full =
      !completeRowAbove(blocks, i, left) &&
      !completeTabRow(blocks, i, left) &&
      !(COLUMNS.test(l.text) && headsTable(blocks, i + 1)) &&
      (wraps.has(i + 1) ||
        (overflows && (l.x <= left + l.size * 2.5 || tabRowGoesOn(l, after, left))) ||
        cellWrap ||
        indentedRowWrap(blocks, i, left));
    // Tab stops left on the line: a tab past the margin goes on to the next line (see glue in cleanPdfBlocks).
    const stopsToMargin =
      l.nextStop !== undefined && l.tabStep && l.text.includes('\t')
        ? Math.max(0, Math.floor((margin + 1 - l.nextStop) / l.tabStep) + 1)
        : undefined;
    // Short: more than a character's room left, or room for the next line's first piece (it broke at a gap;
    // after a number the line may have kept the number and what follows it together instead: 2024 | 年9月).
    const roomLeft = nextWord > 0 && l.right + nextWord <= margin - 0.5 && !/[A-Za-z0-9]$/.test(l.text);
    // A row set apart by spaces whose last cell went whole to the next line broke at a column gap, however close
    // to the margin it ends (rows on tab stops have their own joins).
    const endsShort = l.right < margin - l.size * 1.2 || roomLeft || (cellWrap && !l.text.includes('\t'));
    return { text: l.text, page: l.page, full, breakBefore, endsShort, indent: lead, stopsToMargin };
  });
}
