import { classifyReport, type InboxQuery, type OwedReportView } from '@duban/core';
import { countEmptySlotsByPlan, listEmptySlots, listNotices, listReports, type NoticeItem, type ReportListItem } from '@duban/storage';
import { liaisonUnits, type Actor } from '../actor.js';
import type { ServiceContext } from '../context.js';
import { forbidden } from '../errors.js';
import { rdb } from './access.js';
import { owedIndicatorValues, type OwedIndicatorValue } from './indicator-owners-service.js';

/** One slot a unit still owes. */
export type OwedReport = OwedReportView;

/** A liaison's inbox: what each of its units owes (grouped by plan), returned reports with reasons, reports awaiting review, open notices, indicator values owed. */
export interface Inbox {
  today: string;
  owed: OwedReport[];
  owedTotal: number;
  /** Owed reports per plan (under the filters), with the plan's name. */
  plans: { planId: string; planTitle: string | null; owed: number }[];
  returned: ReportListItem[];
  pending: ReportListItem[];
  notices: NoticeItem[];
  /** Indicators the unit owns whose value for a started period is not reported yet. */
  indicatorValues: OwedIndicatorValue[];
}

const LIMIT = 200;

/** The inbox of the actor's units (liaisons; an admin gets an empty inbox unless it also serves a unit). */
export async function getInbox(ctx: ServiceContext, actor: Actor, q: InboxQuery = {}): Promise<Inbox> {
  const units = liaisonUnits(actor);
  if (units.length === 0 && actor.roles.length === 0) throw forbidden();
  const today = ctx.today();
  const db = rdb(ctx.db);
  const page = { page: 1, pageSize: LIMIT };
  const inbox: Inbox = { today, owed: [], owedTotal: 0, plans: [], returned: [], pending: [], notices: [], indicatorValues: [] };
  const perPlan = new Map<string, Inbox['plans'][number]>();
  for (const unitId of units) {
    const filter = {
      unitId,
      startedBy: today,
      ...(q.plan ? { planId: q.plan } : {}),
      ...(q.period ? { periodId: q.period } : {}),
      ...(q.state ? { state: { kind: q.state, on: today } } : {}),
    };
    const slots = await listEmptySlots(db, filter, page);
    inbox.owedTotal += slots.total;
    inbox.owed.push(
      ...slots.items.map((s) => ({
        ...s,
        state: classifyReport({ start: '0000-01-01', due: s.due, windowEnd: s.windowEnd }, today, null),
      })),
    );
    for (const p of await countEmptySlotsByPlan(db, filter)) {
      const e = perPlan.get(p.planId) ?? { ...p, owed: 0 };
      e.owed += p.owed;
      perPlan.set(p.planId, e);
    }
    inbox.returned.push(...(await listReports(db, { unitId, status: 'returned' }, page)).items);
    inbox.pending.push(...(await listReports(db, { unitId, status: 'submitted' }, page)).items);
    inbox.notices.push(
      ...(await listNotices(db, { unitId, status: 'open' }, page)).items,
      ...(await listNotices(db, { unitId, status: 'replied' }, page)).items,
    );
    inbox.indicatorValues.push(...(await owedIndicatorValues(db, unitId, today, q.plan)));
  }
  inbox.plans = [...perPlan.values()];
  inbox.owed.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
  return inbox;
}
