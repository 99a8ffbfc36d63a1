import { isLabelLine } from './labelled-fields.js';
import { readMarker, type NumberStyle } from './numbering.js';
import type { Line } from './lines.js';

/** Lines after a record's head, as the outline sees them (tables stop the look-ahead). */
type Ahead = { kind: string; line?: Line };

/** A field line that names no role ("整改目标:…", "整改措施:"): part of a record, but not what makes one. */
const OTHER_FIELD = /^\s*[\p{Script=Han}]{2,8}\s*[::]/u;
/** Its unit labels (牵头单位:, 责任单位:): a record assigns duties, not only dates or people. */
const UNIT_FIELD = /^\s*[【〔[]?[\p{Script=Han}]{0,6}(?:单位|部门|司局|处室|科室|牵头)[】〕\]]?\s*[::]/u;

/** The record head a line opens: its short name ("问题4"), and the numbering style of the items under it, if any. */
export interface RecordHead {
  number: string;
  itemStyle: NumberStyle | null;
  /** The style of the numbered line after the fields when it does not start at 1 (it closes a list the record sat in). */
  closingStyle: NumberStyle | null;
}

/**
 * "问题2:秸秆焚烧管控不力" ⏎ "整改时限:…" ⏎ "责任领导:…" ⏎ "牵头单位:…" ⏎ "责任单位:…" ⏎ "整改措施:" ⏎ "(1)…" ⏎ "(2)…":
 * an unnumbered line directly followed by a block of labelled fields that names units heads a record, and the
 * fields speak for the items after them (numbered afresh from 1), not for the item before the line. Returns
 * null unless the line at `at` heads such a record.
 */
export function recordHeadAt(pieces: readonly Ahead[], at: number): RecordHead | null {
  const text = pieces[at]?.line?.text.trim() ?? '';
  if (text.length < 4 || readMarker(text) || isLabelLine(text) || OTHER_FIELD.test(text)) return null;
  let k = at + 1;
  let labels = 0;
  let units = 0;
  while (k < pieces.length && k <= at + 12) {
    const line = pieces[k]?.kind === 'line' ? pieces[k]?.line : undefined;
    if (!line) break;
    if (isLabelLine(line.text)) {
      labels++;
      if (UNIT_FIELD.test(line.text)) units++;
    } else if (!OTHER_FIELD.test(line.text)) break;
    k++;
  }
  // The first field follows the head directly, and the block has at least two role or deadline fields.
  if (k < at + 3 || labels < 2 || !units) return null;
  const next = pieces[k]?.kind === 'line' ? (pieces[k]?.line?.text ?? '') : '';
  const marker = readMarker(next);
  // Items under the record start at 1; an item numbered on names the next item of the list the record sat in.
  const itemStyle = marker && /^\(?(?:1|一|①)\)?$/.test(marker.number) ? marker.style : null;
  const name = /^([^::,,。;;]{1,8})[::]/.exec(text)?.[1] ?? '';
  return { number: name, itemStyle, closingStyle: marker && !itemStyle ? marker.style : null };
}
