import { classifyReport, type OwedReportView } from '@duban/core';
import { listEmptySlots, listNotices, listReports, type NoticeItem, type ReportListItem } from '@duban/storage';
import { liaisonUnits, type Actor } from '../actor.js';
import type { ServiceContext } from '../context.js';
import { forbidden } from '../errors.js';
import { rdb } from './access.js';

/** One slot a unit still owes. */
export type OwedReport = OwedReportView;

/** A liaison's inbox: what each of its units owes, returned reports with reasons, reports awaiting review, open notices. */
export interface Inbox {
  today: string;
  owed: OwedReport[];
  owedTotal: number;
  returned: ReportListItem[];
  pending: ReportListItem[];
  notices: NoticeItem[];
}

const LIMIT = 200;

/** The inbox of the actor's units (liaisons; an admin gets an empty inbox unless it also serves a unit). */
export async function getInbox(ctx: ServiceContext, actor: Actor): Promise<Inbox> {
  const units = liaisonUnits(actor);
  if (units.length === 0 && actor.roles.length === 0) throw forbidden();
  const today = ctx.today();
  const db = rdb(ctx.db);
  const page = { page: 1, pageSize: LIMIT };
  const inbox: Inbox = { today, owed: [], owedTotal: 0, returned: [], pending: [], notices: [] };
  for (const unitId of units) {
    const slots = await listEmptySlots(db, { unitId, startedBy: today }, page);
    inbox.owedTotal += slots.total;
    inbox.owed.push(...slots.items.map((s) => ({ ...s, state: classifyReport({ start: '0000-01-01', due: s.due, windowEnd: s.windowEnd }, today, null) })));
    inbox.returned.push(...(await listReports(db, { unitId, status: 'returned' }, page)).items);
    inbox.pending.push(...(await listReports(db, { unitId, status: 'submitted' }, page)).items);
    inbox.notices.push(...(await listNotices(db, { unitId, status: 'open' }, page)).items, ...(await listNotices(db, { unitId, status: 'replied' }, page)).items);
  }
  inbox.owed.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
  return inbox;
}
