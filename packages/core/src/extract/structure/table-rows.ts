import { HAS_UNIT_LABEL, parseAttributionText, rolesFromList, type Roles } from './attribution.js';
import { LEAD_MARKER, withoutMarker } from '../units/role-markers.js';
import type { ColumnRole } from './table-columns.js';
import { splitUnitList } from '../units/unit-name.js';
import { spacesAsCommas } from '../units/cell-lines.js';
import { isDeadlineCell } from './deadline-shape.js';
import type { UnitDirectory } from '../units/unit-directory.js';
import { HAS_ROLE_VERB, ROLE_VERB_SOURCE } from './role-labels.js';

/** One table row, its cells sorted into what they hold, before roles are decided. */
export interface RowDraft {
  number: string | null;
  task: string[];
  /** `firstLeads`: a lead cell whose first unit alone leads (a rule "主责单位排在首位的为牵头单位"). */
  units: { role: ColumnRole; text: string; firstLeads?: boolean }[];
  deadline: string[];
  start: number;
  end: number;
  line: number;
  /** Category rows (一、健康环境) above this row, outermost first. */
  category: string[];
  /** A note or deadline cell of the row says the leads answer each for their part ("两部门按职责分工负责"). */
  separate?: boolean;
  /** A value-only cell of a goal column (工作目标: "≤1个工作日"), read as the row's target. */
  goal?: string;
  /** A benchmark table's measure (its 指标 cell) and present value (现状), read with `goal` as a target. */
  benchmark?: { name: string; baseline: string | null };
}

/** A table read into rows: either a duty table or an indicator table (handed to indicators/). */
export interface ParsedTable {
  kind: 'task' | 'indicator';
  roles: ColumnRole[];
  rows: RowDraft[];
  /** For indicator tables: the rows' cells as text, header first. */
  grid: string[][];
  start: number;
  end: number;
  line: number;
  unparsed: { start: number; end: number; line: number; text: string }[];
  /** For indicator tables: the header cells and the data rows' cells, for indicators/. */
  header: string[];
  indicatorRows: { cells: string[]; start: number; end: number; line: number }[];
}

/** Words saying every lead answers for its own part (按职责分工负责, 分别负责). */
export const SEPARATE = /(?:按照?|根据|依据)(?:各自)?(?:职责|职能)|分别负责|各负其责|各司其职/;

const ROLE_VERB_TAIL = new RegExp(`(?:等)?(?:部门|单位)?${ROLE_VERB_SOURCE}$`);

// A short row's progress report or dated action slid under a unit column ("已完成。完成检查30次,完成率60%",
// "3月公布预算,9月公布决算"): prose, not names.
const PROGRESS_PROSE = /^\s*(?:(?:已|正在|尚未|未|基本)?完成|(?:\d{4}年)?\d{1,2}月)|完成率|进度|[。.]\s*\S/;

function namesOf(text: string, dir: UnitDirectory): string[] {
  const names = splitUnitList(text, dir);
  if (names) return names;
  return PROGRESS_PROSE.test(text) ? [] : lenientNames(withoutMarker(text));
}

/** A cell that sits in a unit column but fails the name test is still split, never thrown away. */
function lenientNames(text: string): string[] {
  return text
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .split(/[、,,;;]/)
    .map((s) => s.replace(ROLE_VERB_TAIL, '').replace(/(?<=..)等$/, ''))
    .filter((s) => s.length >= 2 && s.length <= 30);
}

/**
 * Decides lead and participants from a row's unit cells and the header. With a 牵头 column, 牵头 cells
 * lead and 责任/配合/参与 cells take part; with 责任 + 配合, 责任 leads; a lone 责任 (or unlabelled) list
 * gives its first unit the lead. A cell saying 按职责分工,分别负责 makes all its units separate leads.
 */
export function resolveRowRoles(row: RowDraft, header: ColumnRole[], dir: UnitDirectory): Roles {
  const hasLead = header.includes('lead');
  const hasResp = header.includes('resp');
  const hasPart = header.includes('part');
  const roles: Roles = { lead: [], participants: [], separateLeads: false };
  const marked = (text: string) => LEAD_MARKER.test(text);
  // Two 责任 columns and nothing else (责任股室 | 责任单位): the first names who leads, the second who carries it out.
  const respPair =
    !hasLead && !hasPart && header.filter((r) => r === 'resp').length >= 2 && row.units.filter((u) => u.role === 'resp').length >= 2;
  for (const cell of row.units) {
    // A short row's time frame slid under a unit column ("持续推进" where 协同单位 was left empty) names no unit.
    if (isDeadlineCell(cell.text) && !splitUnitList(cell.text, dir)) continue;
    const names = namesOf(cell.text, dir);
    const separate = SEPARATE.test(cell.text);
    let role = cell.role;
    if (role === 'resp') role = hasLead ? 'part' : hasPart ? 'lead' : respPair ? (roles.lead.length ? 'part' : 'lead') : 'resp';
    // "责任领导:副县长 X<br>责任单位:Y、Z": a cell of labelled fields in an undifferentiated column says the roles itself.
    const labelled = cell.role === 'resp' && !hasLead && !hasPart && HAS_UNIT_LABEL.test(cell.text);
    const verb =
      cell.text.length <= 300 && (labelled || HAS_ROLE_VERB.test(cell.text)) && !splitUnitList(cell.text, dir)
        ? parseAttributionText(cell.text, dir)
        : null;
    // 按职责分工 wins over everything (extraction.md): a 配合 cell saying it makes its units leads beside the 牵头 cell.
    if (separate && !verb?.separateLeads) {
      roles.lead.push(...names);
      roles.separateLeads = true;
      continue;
    }
    if (verb) {
      // A cell that says who leads ("市卫健委牵头,市教育局配合") decides by itself.
      roles.lead.push(...verb.lead);
      roles.participants.push(...verb.participants);
      roles.separateLeads ||= verb.separateLeads;
      continue;
    }
    if (marked(cell.text)) {
      // "X(牵头) Y Z": names a cell separates with spaces are as many list items.
      const listed = spacesAsCommas(cell.text, (line) => splitUnitList(line, dir) !== null);
      // "甲镇、乙镇人民政府(牵头);县农牧局(配合)": each marker covers the names written since the one before.
      const runs = rolesFromList(listed, dir);
      if (runs) {
        roles.lead.push(...runs.lead);
        roles.participants.push(...runs.participants);
        continue;
      }
      const parts = listed.split(/[、,,;;]/);
      for (const p of parts) (marked(p) ? roles.lead : roles.participants).push(...namesOf(p, dir));
      continue;
    }
    if (role === 'lead' && !cell.firstLeads) roles.lead.push(...names);
    else if (role === 'part') roles.participants.push(...names);
    else {
      const list = rolesFromList(cell.text, dir);
      const l = list ?? { lead: names.slice(0, 1), participants: names.slice(1), separateLeads: false };
      if (roles.lead.length) roles.participants.push(...l.lead, ...l.participants);
      else {
        roles.lead.push(...l.lead);
        roles.participants.push(...l.participants);
        roles.separateLeads ||= l.separateLeads;
      }
    }
  }
  if (!hasLead && !hasResp && !hasPart && roles.lead.length === 0 && roles.participants.length) {
    roles.lead = roles.participants.slice(0, 1);
    roles.participants = roles.participants.slice(1);
  }
  if (row.separate && roles.lead.length > 1) roles.separateLeads = true;
  return roles;
}
