import {
  DEADLINE_LABEL_SOURCE,
  LEAD_LABEL_SOURCE,
  PART_LABEL_SOURCE,
  PERSON_LABEL_SOURCE,
  RESP_LABEL_SOURCE,
} from '../structure/role-labels.js';

/** A column label: who leads, takes part or answers, who is in charge, or by when. */
const LABEL = new RegExp(
  `^(?:${LEAD_LABEL_SOURCE}|${PART_LABEL_SOURCE}|${RESP_LABEL_SOURCE}|${PERSON_LABEL_SOURCE}|${DEADLINE_LABEL_SOURCE})$`,
);

const cells = (text: string) =>
  text
    .trim()
    .split(/\t+| {2,}/)
    .map((c) => c.replace(/\s+/g, ''))
    .filter((c) => c !== '');

/**
 * A header row's second line under a spanning cell ("责任单位" over "牵头单位 | 配合单位"): a line of tabs whose
 * every cell is a column label, under a row of tab columns that names a column label itself. It stands as its
 * own row of the header, not as the tail of a header cell wrapped past the margin.
 */
export function isSubHeaderRow(prev: string, next: string): boolean {
  if (!prev.includes('\t')) return false;
  const under = cells(next);
  return under.length > 0 && under.every((c) => LABEL.test(c)) && cells(prev).some((c) => LABEL.test(c));
}
