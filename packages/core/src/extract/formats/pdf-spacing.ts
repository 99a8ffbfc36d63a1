import type { Positioned } from './pdf-geometry.js';

/** A space narrower than this (in ems) is a typesetter's gap between Chinese and Latin text, not a typed one. */
const MIN_SPACE = 0.3;
/** A space wider than this (in ems) is a run of several spaces, or a tab. */
const MAX_SPACE = 0.75;
/** The width of a space when a font shows none: half an em, as Chinese fonts set it. */
const DEFAULT_SPACE = 0.5;

/**
 * How wide one typed space is on a page, per font, in ems: the narrowest space run the font sets (a text
 * layer gives a run of spaces as one item, so the narrowest is one space). Used to turn a gap back into the
 * number of spaces that made it, so a table aligned with spaces in a plain-text original keeps its alignment.
 */
export class SpaceWidths {
  private readonly byFont = new Map<string, number>();
  private readonly latinEm: number;

  constructor(runs: Positioned[]) {
    const latinFonts = new Set<string>();
    for (const r of runs) {
      if (r.font === undefined || r.size <= 0) continue;
      if (/[A-Za-z0-9]/.test(r.text)) latinFonts.add(r.font);
      if (r.text.trim() !== '') continue;
      const em = (r.right - r.x) / r.size / r.text.length;
      if (em < MIN_SPACE || em > MAX_SPACE) continue;
      this.byFont.set(r.font, Math.min(em, this.byFont.get(r.font) ?? Infinity));
    }
    const latin = [...latinFonts].map((f) => this.byFont.get(f)).filter((w): w is number => w !== undefined);
    this.latinEm = latin.length > 0 ? Math.min(...latin) : DEFAULT_SPACE;
  }

  /** How many spaces a gap between two runs stands for (the space run in it, when there is one, gives the font). */
  count(gap: number, size: number, space?: Positioned): number {
    const em = (space?.font !== undefined ? this.byFont.get(space.font) : undefined) ?? DEFAULT_SPACE;
    return Math.round(gap / (em * size));
  }

  /**
   * How many spaces an indent stands for. Leading spaces carry no glyph and so no font; a plain-text
   * original's leading spaces are set in its Latin font, whose space is measured from the page.
   */
  indent(width: number, size: number): number {
    return Math.round(width / (this.latinEm * size));
  }
}

/** A page's grid of default tab stops: every `step` from the text's left edge. */
export interface TabStops {
  left: number;
  step: number;
  /** The typesetter's space between Chinese and Latin text on the page (its most common width), when seen. */
  thin?: number;
  /** Where a column typed as a tab and a few spaces starts (rounded; see afterTabSpaces). */
  spaced?: number[];
}

/** Default tab intervals of word processors: 1 cm, 1.25 cm (LibreOffice), ½ inch (Word), 1.5 cm, 2 cm, 1 inch. */
const TAB_STEPS = [28.35, 35.43, 36, 42.52, 56.69, 72];
/** How far from a stop a run may start and still be at it. */
const AT_STOP = 0.75;

/**
 * How far from a stop a run may start and be at it with no visible gap before it: a tab that reached its stop
 * right after the text before it lands on the stop itself, where text that merely runs across the stop (a
 * line of Chinese split into runs anywhere) is off it by up to half a character.
 */
const AT_STOP_JOINED = 0.3;

const stopOf = (x: number, tabs: TabStops, within = AT_STOP): number | null => {
  const k = Math.round((x - tabs.left) / tabs.step);
  return k >= 1 && Math.abs(x - tabs.left - k * tabs.step) <= within ? k : null;
};

/**
 * The tab stops a page's lines are laid out on, when their wide gaps all end at stops of one default grid
 * (four gaps at least, at two stops at least); null for a page laid out otherwise. A plain-text original
 * typed with tabs prints this way: each tab runs on to the next stop. Lines none of whose gaps ends at a stop
 * (a footer typed with spaces below a table typed with tabs) are left out while the lines with a gap at a
 * stop are twice as many. The step is then fitted to the stops seen: a producer rounds its default interval,
 * and far stops drift off it.
 */
export function tabStops(rows: Positioned[][]): TabStops | null {
  const words = rows.map((row) => row.filter((r) => r.text.trim() !== ''));
  const starts = new Map<number, number>();
  for (const row of words) if (row[0]) starts.set(Math.round(row[0].x), (starts.get(Math.round(row[0].x)) ?? 0) + 1);
  const left = [...starts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0];
  if (left === undefined) return null;
  const gapEnds = words
    .map((row) => row.filter((r, i) => i > 0 && r.x - (row[i - 1]?.right ?? r.x) > r.size * 0.9).map((r) => r.x))
    .filter((ends) => ends.length > 0);
  if (gapEnds.flat().length < 4) return null;
  const exactLeft = words.find((row) => row[0] && Math.round(row[0].x) === left)?.[0]?.x ?? left;
  for (const step of [...TAB_STEPS].reverse()) {
    const tabs = { left: exactLeft, step };
    const tabbed = gapEnds.filter((ends) => ends.some((x) => stopOf(x, tabs) !== null));
    if (tabbed.length < (gapEnds.length - tabbed.length) * 2) continue;
    const spaced = tabbed.flat().filter((x) => afterTabSpaces(x, tabs, gapEnds));
    const ends = tabbed.flat().filter((x) => !spaced.includes(x));
    const at = ends.map((x) => stopOf(x, tabs)).filter((k): k is number => k !== null);
    if (ends.length >= 4 && at.length >= ends.length * 0.9 && new Set(at).size >= 2)
      return { ...tabs, step: fittedStep(ends, tabs), thin: thinSpace(rows), spaced: [...new Set(spaced.map(Math.round))] };
  }
  return null;
}

/**
 * A column typed as a tab and a few spaces (`1<tab>   text`): its gaps end a few spaces past a stop (well short of
 * the next one), at one place in three rows or more. Such ends neither count for the grid nor against it.
 */
function afterTabSpaces(x: number, tabs: TabStops, gapEnds: number[][]): boolean {
  if (stopOf(x, tabs) !== null) return false;
  const past = (x - tabs.left) % tabs.step;
  if (x <= tabs.left + tabs.step || past <= AT_STOP || past >= tabs.step * 0.6) return false;
  return gapEnds.filter((ends) => ends.some((e) => Math.abs(e - x) <= AT_STOP)).length >= 3;
}

/** The step that puts the gaps' ends at stops most closely (least squares, the left edge held). */
function fittedStep(ends: number[], tabs: TabStops): number {
  let num = 0;
  let den = 0;
  for (const x of ends) {
    const k = stopOf(x, tabs);
    if (k === null) continue;
    num += k * (x - tabs.left);
    den += k * k;
  }
  const step = den > 0 ? num / den : tabs.step;
  return Math.abs(step - tabs.step) <= AT_STOP ? step : tabs.step;
}

const CJK_CHAR = /[\u3000-\u9fff\uff00-\uffef]/;

/** The most common width (to 0.1 unit) of the narrow space runs of the page: the typesetter's spacing. */
function thinSpace(rows: Positioned[][]): number | undefined {
  const counts = new Map<number, number>();
  for (const r of rows.flat()) {
    const w = Math.round((r.right - r.x) * 10) / 10;
    if (r.text.trim() === '' && w > 0 && w < r.size * MIN_SPACE) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/**
 * Where a tab-laid line's tabs were: before each run that starts at a stop after a visible gap, or right after
 * Chinese text (a tab that reached its stop with no visible gap; before Latin text, with no space run of the
 * typesetter's width between either), the number of stops the gap crosses.
 * Returns run → tabs; empty when the line has no tab (it is then read as any other line).
 */
export function tabsBefore(row: Positioned[], tabs: TabStops): Map<Positioned, number> {
  const out = new Map<Positioned, number>();
  let prev: Positioned | null = null;
  let spaced = false;
  row.forEach((r) => {
    if (r.text.trim() === '') {
      // A space run of another width than the typesetter's spacing is a tab's.
      spaced ||= tabs.thin === undefined || Math.abs(r.right - r.x - tabs.thin) <= 0.05;
      return;
    }
    if (prev) {
      const gap = r.x - prev.right;
      const stop = stopOf(r.x, tabs) ?? spacedStop(r.x, prev.right, tabs);
      const onStop = stopOf(r.x, tabs, AT_STOP_JOINED) !== null;
      // A Latin run right after Chinese with no space run between (or one of another width than the
      // typesetter's spacing): that spacing would have been there.
      const first = r.text.trimStart()[0] ?? '';
      const joined =
        gap > -0.5 && CJK_CHAR.test(prev.text.trimEnd().slice(-1)) && (CJK_CHAR.test(first) || (!spaced && /[A-Za-z0-9]/.test(first)));
      // Wider than the thin gap a typesetter puts between Chinese and Latin text.
      if (stop !== null && (gap > r.size * 0.3 || (joined && onStop))) {
        // Every stop past the end of the text before it and up to this run is one tab.
        out.set(r, Math.max(1, Math.round((stopBefore(r.x, tabs) - stopAfter(prev.right, tabs)) / tabs.step) + 1));
      }
    }
    prev = r;
    spaced = false;
  });
  return out;
}

/** Tabs before a line indented to a stop (cells left empty at the start of a row); 0 when not at one. */
export function leadingTabs(x: number, tabs: TabStops): number {
  return stopOf(x, tabs) ?? spacedStop(x, tabs.left, tabs) ?? 0;
}

/** The stop a run at a column typed as a tab and a few spaces goes back to, when the gap before it crosses it. */
function spacedStop(x: number, from: number, tabs: TabStops): number | null {
  if (!tabs.spaced?.some((c) => Math.abs(c - x) <= AT_STOP)) return null;
  const k = Math.floor((x - tabs.left) / tabs.step + 1e-6);
  return k >= 1 && tabs.left + k * tabs.step > from ? k : null;
}

/** The last stop at or before x (a run at a stop, or a few spaces past one). */
const stopBefore = (x: number, tabs: TabStops): number =>
  tabs.left + Math.floor((x - tabs.left) / tabs.step + AT_STOP / tabs.step) * tabs.step;

/** The first stop past x. */
export function stopAfter(x: number, tabs: TabStops): number {
  return tabs.left + (Math.floor((x - tabs.left) / tabs.step + 1e-6) + 1) * tabs.step;
}
