import { countOwedByUnitPeriod, existingDedupeKeys, insertNotifications, openNoticesPastDue, reportingDb } from '@duban/storage';
import { systemActor } from '../actor.js';
import { write, type ServiceContext } from '../context.js';

/** How the sweep decides. */
export interface SweepOptions {
  /** Remind a unit daily once a period it owes reports in is due within this many days (0: on the due day only). Default 3. */
  dueWithinDays?: number;
  /** Deadlines passed longer ago than this are not announced any more (a first run does not flood). Default 14. */
  lookbackDays?: number;
}

/** What one run stored. */
export interface SweepResult {
  reportDue: number;
  deadlinePassed: number;
}

interface Candidate {
  unitId: string;
  kind: 'report_due' | 'deadline_passed';
  key: string;
  text: string;
  link: string | null;
}

function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The reminder sweep: "report due in N days" (once per unit, period and day) and "deadline passed" (once per unit
 * and period, and once per open 督办单) as in-app notifications with their outbound copies. Idempotent: every
 * reminder has a unique dedupe key, so running it again the same day (or from two servers) adds nothing.
 */
export async function runDeadlineSweep(ctx: ServiceContext, opts: SweepOptions = {}): Promise<SweepResult> {
  const today = ctx.today();
  const within = opts.dueWithinDays ?? 3;
  const since = addDays(today, -(opts.lookbackDays ?? 14));
  const db = reportingDb(ctx.db);
  const candidates: Candidate[] = [];
  for (const o of await countOwedByUnitPeriod(db, { dueFrom: today, dueTo: addDays(today, within), startedBy: today })) {
    const days = Math.round((Date.parse(o.due) - Date.parse(today)) / 86_400_000);
    const when = days === 0 ? '今天' : `${days} 天后（${o.due}）`;
    candidates.push({
      unitId: o.unitId,
      kind: 'report_due',
      key: `report_due:${o.periodId}:${today}`,
      text: `《${o.planTitle ?? '未命名方案'}》${o.periodLabel}的报送${when}截止，本单位尚有任务未报送，请按时报送。`,
      link: '/inbox',
    });
  }
  for (const o of await countOwedByUnitPeriod(db, { dueFrom: since, dueTo: addDays(today, -1), startedBy: today })) {
    candidates.push({
      unitId: o.unitId,
      kind: 'deadline_passed',
      key: `deadline_passed:${o.periodId}`,
      text: `《${o.planTitle ?? '未命名方案'}》${o.periodLabel}的报送已于 ${o.due} 截止，本单位仍有任务未报送，请尽快补报。`,
      link: '/inbox',
    });
  }
  for (const n of await openNoticesPastDue(db, today, since)) {
    candidates.push({
      unitId: n.unitId,
      kind: 'deadline_passed',
      key: `deadline_passed:notice:${n.id}`,
      text: `督办单 ${n.number} 的办理期限 ${n.due} 已过，尚未回复。`,
      link: `/tasks/${n.taskId}`,
    });
  }
  // Read first so a day with nothing new writes nothing (not even an audit entry); the unique key still guards races.
  const stored = await existingDedupeKeys(
    ctx.db,
    candidates.map((c) => `${c.key}:${c.unitId}`),
  );
  const fresh = candidates.filter((c) => !stored.has(`${c.key}:${c.unitId}`));
  if (fresh.length === 0) return { reportDue: 0, deadlinePassed: 0 };
  // One insert per reminder with all its units: a group robot then gets one message naming them all, not one per
  // unit (robots limit how many messages a minute they take). The texts carry no per-unit figures for that reason.
  const groups = new Map<string, { c: Candidate; unitIds: string[] }>();
  for (const c of fresh) {
    const g = groups.get(c.key) ?? { c, unitIds: [] };
    g.unitIds.push(c.unitId);
    groups.set(c.key, g);
  }
  return write(ctx, systemActor, async (tx, audit) => {
    const result: SweepResult = { reportDue: 0, deadlinePassed: 0 };
    for (const { c, unitIds } of groups.values()) {
      const n = await insertNotifications(tx, unitIds, { kind: c.kind, text: c.text, link: c.link, dedupeKey: c.key });
      if (c.kind === 'report_due') result.reportDue += n;
      else result.deadlinePassed += n;
    }
    await audit('notification', `sweep:${today}`, 'remind', null, result);
    return result;
  });
}
