import { splitUnitList } from '../units/unit-name.js';
import type { UnitDirectory } from '../units/unit-directory.js';

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

/** 按职责分工 / 分别负责 / 各负其责: every unit named leads its own part. */
export const SEPARATE = /(?:按照?|根据|依据)(?:各自)?(?:职责|职能)|分别负责|各负其责|各司其职|分别牵头/;

/** No lead, no participants, no 分别负责. */
export const emptyRoles = (): Roles => ({ lead: [], participants: [], separateLeads: false });

/** Units marked "(牵头)" inside a list lead; the rest take part. Returns null when none is marked. */
function markedLeads(names: string[]): Roles | null {
  const marked = names.filter((n) => /[((]牵头[))]$|牵头$/.test(n));
  if (!marked.length) return null;
  const clean = (n: string) => n.replace(/[((]牵头[))]$|牵头$/, '');
  return { lead: marked.map(clean), participants: names.filter((n) => !marked.includes(n)).map(clean), separateLeads: false };
}

/** A list with no slots: first unit leads (排在首位… or the default), or all lead when 分别负责. */
export function rolesFromList(raw: string, dir: UnitDirectory): Roles | null {
  const names = splitUnitList(raw.replace(/[((]牵头[))]/g, '牵头'), dir) ?? splitUnitList(raw, dir);
  if (!names) return null;
  const marked = markedLeads(names);
  if (marked) return marked;
  if (SEPARATE.test(raw)) return { lead: names, participants: [], separateLeads: true };
  return { lead: names.slice(0, 1), participants: names.slice(1), separateLeads: false };
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
