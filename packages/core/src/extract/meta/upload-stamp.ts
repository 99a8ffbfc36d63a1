import type { MetaLine } from './meta-lines.js';

const DATE_ONLY_RE = /^\d{4}\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}\s*日?$/;
/** A document-sharing site's file card: its size ("12.24KB") or page count ("8 页", "18頁"). */
const FILE_CARD_RE = /^(?:\d+(?:\.\d+)?\s?[KMG]B|\d+\s?[页頁])$/i;
/** How many lines around a date line are searched for the card. */
const NEAR = 3;

/**
 * Drops the upload date of a document-sharing site's file card ("2024-04-27 / 12.24KB / 8 页"): it is the day the
 * file was posted, not the plan's date. The lines are renumbered.
 */
export function dropUploadStamps(lines: MetaLine[]): MetaLine[] {
  const card = lines.map((l) => FILE_CARD_RE.test(l.half));
  if (!card.includes(true)) return lines;
  const kept = lines.filter((l, i) => !DATE_ONLY_RE.test(l.half) || !card.slice(Math.max(0, i - NEAR), i + NEAR + 1).includes(true));
  return kept.length === lines.length ? lines : kept.map((l, i) => ({ ...l, index: i }));
}
