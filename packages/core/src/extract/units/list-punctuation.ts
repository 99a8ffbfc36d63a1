import type { UnitDirectory } from './unit-directory.js';
import { codeUnitsOf } from '../code-unit-sets.js';

/*
 * A cheap, exact refusal for text that cannot be a unit list: marks of a sentence or a quantity that no part of a
 * list can carry.
 *
 * Why it is exact (read with splitUnitListUncached in unit-name.ts): the list is split at top-level separators, and a
 * bracketed note "(…)" with no bracket inside it never spans a separator, so such a mark outside every note of the
 * list (all layers, as a removed role marker can make an outer note innermost) stays outside the notes of the one
 * part that holds it. Nothing later takes it out again: the shorthands
 * only add Han text, the trailers and the separators trimmed with them hold none of the marks outside a bracketed
 * note, and “…” quotes are the only marks a name drops. So the part keeps the mark after `stripNotes`, and every way
 * a part is accepted refuses it: `isUnitName` by FORBIDDEN (which holds all these marks), the paired-owner, facility
 * and group-kind patterns by allowing Han only, and a directory look-up because no directory name holds the mark
 * (checked per directory below; the look-up's place prefixes are Han only).
 */

/** Marks of a sentence or a quantity, in both widths, that FORBIDDEN in unit-name.ts refuses in a name. */
// Not 。: a list's parts shed it at their ends with the separators, even when a trailer followed it (某局。配合).
const STRAY_MARKS = codeUnitsOf([...'::!!??《》<>%%=+*\\|…—']);

/** Innermost bracketed notes, as `stripNotes` removes them. */
const INNER_NOTE = /\([^()]*\)/g;

/**
 * The text with every bracketed note taken out, the innermost first, until none is left. A part loses a role marker
 * ("(牵头)") before `stripNotes` runs on it, and that can leave a bracket around a mark innermost ("(?(牵头))" →
 * "(?)"), so removing one layer would keep a mark the full reading drops; removing all layers never keeps one.
 */
function withoutNotes(text: string): string {
  let out = text;
  for (let next = out.replace(INNER_NOTE, ''); next !== out; next = out.replace(INNER_NOTE, '')) out = next;
  return out;
}

const hasMark = (text: string): boolean => {
  for (let k = 0; k < text.length; k++) if (STRAY_MARKS[text.charCodeAt(k)] === 1) return true;
  return false;
};

// Whether some name in a directory holds one of the marks (then the refusal is not used with it).
const markedDirectories = new WeakMap<UnitDirectory, boolean>();

function directoryHasMarks(dir: UnitDirectory): boolean {
  let marked = markedDirectories.get(dir);
  if (marked === undefined) {
    marked = false;
    for (const name of dir.byName.keys()) if (hasMark(name)) marked = true;
    markedDirectories.set(dir, marked);
  }
  return marked;
}

/**
 * True when the normalised list text (as split by splitUnitListUncached, trailers stripped) holds a sentence or
 * quantity mark outside every bracketed note: then no part of it can be a unit name and the list is refused.
 */
export function hasStrayMark(list: string, dir?: UnitDirectory): boolean {
  if (!hasMark(list)) return false;
  if (dir && directoryHasMarks(dir)) return false;
  return hasMark(list.includes('(') ? withoutNotes(list) : list);
}
