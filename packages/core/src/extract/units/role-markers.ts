/**
 * Role markers written in brackets after a unit of a list: "X(牵头)、Y(配合)", "X(主办),Y、Z(协办)". The marker says
 * the unit's role and is no part of its name.
 */

/** A bracket marking the unit before it as a lead (牵头, 主办, 主责). */
export const LEAD_MARKER = /[((](?:牵头|主办|主责)(?:单位|部门)?[))]/;
/** A bracket marking the unit (or run of units) before it as taking part (配合, 协办, 协同, 参与). */
export const PART_MARKER = /[((](?:配合|协办|协同|参与|协助)(?:单位|部门)?[))]/;

const ANY_MARKER = new RegExp(`${LEAD_MARKER.source}|${PART_MARKER.source}`, 'g');
const LEAD_AT_END = new RegExp(`${LEAD_MARKER.source}$`);

/** A unit list (or one part of it) without its role markers: the names as the list names the units. */
export function withoutMarker(text: string): string {
  return text.includes('(') || text.includes('(') ? text.replace(ANY_MARKER, '') : text;
}

/** A marked run of a list: the text before its marker, and the role the marker gives. */
export interface MarkedRun {
  text: string;
  role: 'lead' | 'part';
  /** The marker speaks for every name of the run, not only the one it follows. */
  whole: boolean;
}

/**
 * A list with units marked as leads ("X(牵头)、Y", "X(主办),Y、Z(协办)") cut into runs, each closed by its marker;
 * names after the last marker take part. When the list marks both roles ("甲镇、乙镇人民政府(牵头);县农牧局(配合)")
 * a marker covers the names written since the previous one, so a suffix written once stays with its run; when it
 * marks only leads, a marker covers the one name before it. Null when no unit is marked as lead.
 */
export function markedRuns(raw: string): MarkedRun[] | null {
  if (!LEAD_MARKER.test(raw)) return null;
  const whole = PART_MARKER.test(raw);
  const runs: MarkedRun[] = [];
  let from = 0;
  for (const m of raw.matchAll(ANY_MARKER)) {
    const text = trimSeparators(raw.slice(from, m.index));
    if (text) runs.push({ text, role: LEAD_MARKER.test(m[0]) ? 'lead' : 'part', whole });
    from = (m.index ?? 0) + m[0].length;
  }
  const rest = trimSeparators(raw.slice(from));
  if (rest) runs.push({ text: rest, role: 'part', whole: true });
  return runs;
}

/** For each part of a list (split at 、,; outside brackets), whether a lead marker follows it. */
export function leadMarkedParts(raw: string): boolean[] {
  const parts: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of raw) {
    if (ch === '(' || ch === '(') depth++;
    else if (ch === ')' || ch === ')') depth = Math.max(0, depth - 1);
    if (depth === 0 && '、,,;;'.includes(ch)) {
      parts.push(cur);
      cur = '';
    } else cur += ch;
  }
  parts.push(cur);
  return parts.filter((p) => p.trim()).map((p) => LEAD_AT_END.test(p.trim()));
}

function trimSeparators(s: string): string {
  return s.replace(/^[\s、,,;;。]+|[\s、,,;;。]+$/g, '');
}
