// On-time reporting rate per unit (报送及时率): of the report slots already due, the share
// submitted by their due date. Slots whose due date has not come are left out.
import type { IsoDate } from './iso-date.js';

/** One owed report. */
export interface OnTimeSlot {
  unitId: string;
  due: IsoDate;
  windowEnd: IsoDate;
  submittedOn: IsoDate | null;
}

/** A unit's tally. */
export interface OnTimeRate {
  unitId: string;
  /** Slots whose due date has passed (or that were submitted). */
  expected: number;
  onTime: number;
  late: number;
  /** Past the window with nothing submitted. */
  missing: number;
  /** Past due, still inside the grace window, nothing submitted. */
  overdue: number;
  /** onTime / expected, or null when nothing was expected yet. */
  rate: number | null;
}

/** Tallies on-time rates per unit, sorted by unit id. */
export function onTimeRates(slots: Iterable<OnTimeSlot>, today: IsoDate): OnTimeRate[] {
  const byUnit = new Map<string, OnTimeRate>();
  for (const s of slots) {
    let r = byUnit.get(s.unitId);
    if (!r) {
      r = { unitId: s.unitId, expected: 0, onTime: 0, late: 0, missing: 0, overdue: 0, rate: null };
      byUnit.set(s.unitId, r);
    }
    if (s.submittedOn) {
      r.expected++;
      if (s.submittedOn <= s.due) r.onTime++;
      else r.late++;
    } else if (today > s.due) {
      r.expected++;
      if (today > s.windowEnd) r.missing++;
      else r.overdue++;
    }
  }
  const out = [...byUnit.values()].sort((a, b) => (a.unitId < b.unitId ? -1 : a.unitId > b.unitId ? 1 : 0));
  for (const r of out) r.rate = r.expected > 0 ? r.onTime / r.expected : null;
  return out;
}
