import type { NotificationKind } from '@duban/core';
import type { Db } from '../repositories/types.js';
import { channelsForUnits } from './channels.js';
import { enqueueDeliveries, type OutboxInput } from './outbox.js';

/** Titles of the outbound messages, by notification kind. */
const TITLES: Record<string, string> = {
  task_adjusted: '任务调整',
  task_removed: '任务删除',
  instruction: '领导批示',
  report_returned: '报送被退回',
  notice_received: '收到督办单',
  report_due: '报送即将到期',
  deadline_passed: '报送已逾期',
  score_published: '考核结果发布',
  test: '测试消息',
};

/** The title outbound messages of this notification kind carry. */
export function deliveryTitle(kind: string): string {
  return TITLES[kind] ?? '督办通知';
}

/**
 * Queues the outbound copies of freshly stored notifications, in the caller's transaction: one message per group
 * robot serving the units (naming every unit it concerns), and one e-mail per active user of each unit who has an
 * address. Returns how many messages were queued.
 */
export async function enqueueForNotifications(
  db: Db,
  stored: { id: string; unitId: string }[],
  n: { kind: NotificationKind; text: string; link: string | null; detail?: string },
): Promise<number> {
  const unitIds = [...new Set(stored.map((s) => s.unitId))];
  const byUnit = await channelsForUnits(db, unitIds);
  if (byUnit.size === 0) return 0;
  const names = new Map(
    (await db.selectFrom('units').select(['id', 'name']).where('id', 'in', unitIds).execute()).map((u) => [u.id, u.name]),
  );
  const title = deliveryTitle(n.kind);
  const text = n.detail ? `${n.text}\n${n.detail}` : n.text;
  const body = n.link ? `${text}\n\n（在督办系统中查看：${n.link}）` : text;
  const out: OutboxInput[] = [];
  const robots = new Map<string, { units: string[]; notificationId: string }>();
  const mailUnits = new Map<string, { unitId: string; notificationId: string }[]>();
  for (const s of stored) {
    for (const c of byUnit.get(s.unitId) ?? []) {
      if (c.kind === 'email') {
        mailUnits.set(c.id, [...(mailUnits.get(c.id) ?? []), { unitId: s.unitId, notificationId: s.id }]);
      } else {
        const r = robots.get(c.id) ?? { units: [], notificationId: s.id };
        r.units.push(names.get(s.unitId) ?? s.unitId);
        robots.set(c.id, r);
      }
    }
  }
  for (const [channelId, r] of robots) {
    out.push({
      channelId,
      notificationId: r.notificationId,
      eventKind: n.kind,
      recipient: null,
      title,
      body: `${body}\n\n涉及单位：${r.units.join('、')}`,
    });
  }
  if (mailUnits.size) {
    const users = await db
      .selectFrom('user_roles')
      .innerJoin('users', 'users.id', 'user_roles.user_id')
      .select(['user_roles.unit_id', 'users.email'])
      .where('user_roles.unit_id', 'in', unitIds)
      .where('users.active', '=', 1)
      .where('users.email', 'is not', null)
      .execute();
    for (const [channelId, list] of mailUnits) {
      const sent = new Set<string>();
      for (const { unitId, notificationId } of list) {
        for (const u of users) {
          if (u.unit_id !== unitId || !u.email || sent.has(u.email)) continue;
          sent.add(u.email);
          out.push({ channelId, notificationId, eventKind: n.kind, recipient: u.email, title, body });
        }
      }
    }
  }
  await enqueueDeliveries(db, out);
  return out.length;
}
