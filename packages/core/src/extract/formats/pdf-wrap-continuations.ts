/** Where a line of running text sits on its page. */
export interface LineBox {
  text: string;
  page: number;
  x: number;
  right: number;
  y: number;
  size: number;
  /** The page's right edge (the right margin mirrors the left one). */
  pageRight: number;
}

/** The page's layout as the whole document tells it. */
export interface TextArea {
  /** The left margin: where most lines start. */
  left: number;
  /** The usual distance between two lines of a paragraph (0 when unknown). */
  spacing: number;
  /** The font size of most lines (the spacing is theirs; a larger font is set further apart). */
  bodySize: number;
}

/** A line of columns set apart by runs of spaces or by tabs. */
const COLUMNS = / {2}|\t/;
/** A line that starts an item of its own: a marker (1. a. (1) 一、 ①) or a bullet. */
const MARKER = /^\s*(?:[(（]?(?:\d{1,3}|[A-Za-z]|[一二三四五六七八九十]{1,3})[)）.．、](?!\d)|[①-⑳•·▪■◆●-])/;
/** A document number set centred under the notice title (涪陵府办发〔2026〕38 号): a line of its own, not the title's tail. */
const DOC_NUMBER_LINE = /^\s*\S{1,14}\s*[〔[(（【]\s*(?:19|20)\d{2}\s*[〕\])）】]\s*\d{1,4}\s*[号號]\s*$/;

/**
 * The lines (by index; null for what is not a line, such as a table) that go on a line above wrapped at the
 * right margin although they do not start at the left margin, so their indent must not be read as a new
 * paragraph:
 * - a list item set with a hanging indent: its marker at one indent, its wrapped lines a little further in,
 *   under the item's text (`1.实施…(县发` / `展改革局…)`), and the wrapped lines after those;
 * - a centred title too long for one line: a line running from margin to margin, then a short line centred
 *   under it.
 * Both lines are of one size, a line's spacing apart (no paragraph gap), and neither is a row of columns.
 * A right-aligned signature reaches the margin too, but is short, and a first-line indent starts after a line
 * at the left margin: neither is taken for a wrap.
 */
export function wrapContinuations(lines: readonly (LineBox | null)[], area: TextArea): Set<number> {
  const out = new Set<number>();
  const { left, spacing, bodySize } = area;
  for (let i = 1; i < lines.length; i++) {
    const l = lines[i - 1];
    const n = lines[i];
    if (!l || !n || l.page !== n.page || spacing <= 0) continue;
    const gap = l.y - n.y;
    if (gap <= 0 || gap > spacing * 1.5 * Math.max(1, l.size / (bodySize || l.size)) || Math.abs(l.size - n.size) > 0.5) continue;
    if (COLUMNS.test(l.text.trim()) || COLUMNS.test(n.text.trim())) continue;
    const size = l.size;
    const margin = l.pageRight - left;
    const reaches = l.right >= margin - size * 2 && l.right - l.x >= (margin - left) * 0.6;
    if (!reaches || n.x <= left + size * 0.5 || MARKER.test(n.text) || DOC_NUMBER_LINE.test(n.text)) continue;
    // The item's marker line is indented from the margin; its wrapped lines hang a little further in, and
    // the lines after a wrapped line stay under it.
    const hangs = l.x > left + size * 0.5 && n.x > l.x + size * 0.3 && n.x <= l.x + size * 2.5;
    const staysUnder = out.has(i - 1) && Math.abs(n.x - l.x) <= size * 0.3;
    const centred = l.x <= left + size * 2.5 && n.right < l.right - size && Math.abs((n.x + n.right) / 2 - (l.x + l.right) / 2) <= size;
    if (hangs || staysUnder || centred) out.add(i);
  }
  return out;
}
