import { splitUnitList } from '../units/unit-name.js';
import type { UnitDirectory } from '../units/unit-directory.js';
import { leadMarkedParts, markedRuns } from '../units/role-markers.js';

/** Who answers for a duty, as read from one attribution form. */
export interface Roles {
  lead: string[];
  participants: string[];
  /** 按职责分工,分别负责: every lead answers for its own part. */
  separateLeads: boolean;
}

/** Roles read from an attribution's text, with the 完成时限 value written beside them. */
export type TextRoles = Roles & { deadlineText: string | null };

/** An attribution found in a duty's text. */
export interface Attribution extends Roles {
  /** Span in the searched text, brackets included. */
  start: number;
  end: number;
  /** The text names the "first unit is the lead" rule (排在首位的为牵头单位). */
  statesOrderRule: boolean;
  /** A 完成时限 / 时间节点 value written inside the attribution. */
  deadlineText: string | null;
}

/**
 * 按职责分工 / 分别负责 / 各负其责: every unit named leads its own part; "(X、Y分工负责)" says the same without 按职责.
 */
export const SEPARATE = /(?:按照?|根据|依据)(?:各自)?(?:职责|职能)|分别负责|各负其责|各司其职|分别牵头|分工负责/;

/** No lead, no participants, no 分别负责. */
export const emptyRoles = (): Roles => ({ lead: [], participants: [], separateLeads: false });

/** A list with no slots: first unit leads (排在首位… or the default), all lead when 分别负责, or as its markers say. */
export function rolesFromList(raw: string, dir: UnitDirectory): Roles | null {
  const names = splitUnitList(raw, dir);
  if (!names) return null;
  // 按职责分工 wins over a (牵头) / (主办) marker (extraction.md): every unit listed leads its own part.
  if (SEPARATE.test(raw)) return { lead: names, participants: [], separateLeads: true };
  const marked = rolesFromMarkedRuns(raw, dir);
  if (marked) return marked;
  return { lead: names.slice(0, 1), participants: names.slice(1), separateLeads: false };
}

/**
 * A list marking its leads ("X(牵头)、Y", "甲镇、乙镇人民政府(牵头);县农牧局(配合)"): each marker gives its role to
 * its run (see markedRuns). The lead's level covers bare departments of the other runs. Null when no run leads
 * or a run is not a unit list.
 */
function rolesFromMarkedRuns(raw: string, dir: UnitDirectory): Roles | null {
  const runs = markedRuns(raw);
  if (!runs) return null;
  // Only leads marked: the marked names lead, read in the whole list so that its shorthands are read as one.
  const whole = splitUnitList(raw, dir);
  const leads = leadMarkedParts(raw);
  if (whole && !runs.some((r) => r.whole && r.role === 'lead') && leads.length === whole.length) {
    return {
      lead: whole.filter((_, i) => leads[i]),
      participants: whole.filter((_, i) => !leads[i]),
      separateLeads: false,
    };
  }
  const roles = emptyRoles();
  for (const run of runs) {
    const names = splitUnitList(run.text, dir);
    if (!names) return null;
    const marked = run.whole ? names : names.slice(-1);
    (run.role === 'lead' ? roles.lead : roles.participants).push(...marked);
    if (!run.whole) roles.participants.push(...names.slice(0, -1));
  }
  if (!roles.lead.length) return null;
  roles.participants = withLevelOf(roles.lead, roles.participants, dir);
  return roles;
}

/**
 * "(自治区卫生健康委牵头,教育厅、民政厅配合)": the level written once on the lead covers the participants' departments,
 * as it does inside one list. Names that carry their own level, or are no department, are kept as written.
 */
export function withLevelOf(lead: string[], participants: string[], dir: UnitDirectory): string[] {
  const first = lead[0];
  if (!first || !participants.length) return participants;
  const joined = splitUnitList([first, ...participants].join('、'), dir);
  return joined && joined.length === participants.length + 1 ? joined.slice(1) : participants;
}
