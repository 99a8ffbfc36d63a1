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
