import type {
  DeliveryChannelCreate,
  DeliveryChannelUpdate,
  DeliveryChannelView,
  DeliveryLog,
  DeliveryLogQuery,
  DeliveryTest,
  DeliveryView,
} from '@duban/core';
import {
  deleteDeliveryChannel,
  enqueueDeliveries,
  findDelivery,
  findDeliveryChannel,
  findJurisdiction,
  insertDeliveryChannel,
  listDeliveries,
  listDeliveryChannels,
  listJurisdictions,
  retryFailedDelivery,
  updateDeliveryChannel,
  type DeliveryChannelRecord,
  type OutboxRecord,
} from '@duban/storage';
import { requireAdmin, type Actor } from '../actor.js';
import { write, type ServiceContext } from '../context.js';
import { DomainError, invalid, notFound } from '../errors.js';
import { assertPublicAddresses, checkWebhookUrl, DeliveryTargetError, resolveHost } from './address-guard.js';
import { maskSecret, parseSettings, SECRET_FIELDS } from './channel-settings.js';

/** The channel as shown: secrets masked, never in full. */
function present(c: DeliveryChannelRecord, jurisdictions: Map<string, string>): DeliveryChannelView {
  const secrets = SECRET_FIELDS[c.kind] ?? [];
  const config: Record<string, string | number | boolean> = {};
  for (const [k, v] of Object.entries(c.config)) {
    if (typeof v === 'string') config[k] = secrets.includes(k) ? maskSecret(k, v) : v;
    else if (typeof v === 'number' || typeof v === 'boolean') config[k] = v;
  }
  return {
    id: c.id,
    name: c.name,
    kind: c.kind as DeliveryChannelView['kind'],
    jurisdictionId: c.jurisdictionId,
    jurisdictionName: c.jurisdictionId ? (jurisdictions.get(c.jurisdictionId) ?? null) : null,
    enabled: c.enabled,
    allowPrivate: c.allowPrivate,
    config,
    secretsSet: secrets.filter((k) => typeof c.config[k] === 'string' && c.config[k] !== ''),
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
  };
}

function presentDelivery(r: OutboxRecord, channels: Map<string, DeliveryChannelRecord>): DeliveryView {
  const c = channels.get(r.channelId);
  return {
    id: r.id,
    channelId: r.channelId,
    channelName: c?.name ?? null,
    channelKind: c?.kind ?? null,
    eventKind: r.eventKind,
    recipient: r.recipient,
    title: r.title,
    status: r.status,
    attempts: r.attempts,
    maxAttempts: r.maxAttempts,
    nextAttemptAt: r.status === 'pending' ? r.nextAttemptAt : null,
    lastError: r.lastError,
    createdAt: r.createdAt,
    sentAt: r.sentAt,
  };
}

/** What an audit entry may say about a channel: everything but its settings' secret values. */
function auditable(c: DeliveryChannelRecord) {
  const { config, ...rest } = present(c, new Map());
  const secrets = SECRET_FIELDS[c.kind] ?? [];
  return { ...rest, config: Object.fromEntries(Object.entries(config).filter(([k]) => !secrets.includes(k))) };
}

/** The settings to store: given fields replace; secret fields left out keep their stored value; '' clears one. */
function mergeConfig(kind: string, before: Record<string, unknown>, given: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of SECRET_FIELDS[kind] ?? []) if (before[k] !== undefined) out[k] = before[k];
  for (const [k, v] of Object.entries(given)) {
    if (k === 'kind' || v === undefined) continue;
    if (v === '') delete out[k];
    else out[k] = v;
  }
  return out;
}

/** Checks a channel's settings are complete and its target allowed; refusals become validation errors. */
async function checkTarget(kind: string, config: Record<string, unknown>, allowPrivate: boolean): Promise<void> {
  let settings: ReturnType<typeof parseSettings>;
  try {
    settings = parseSettings(kind, config);
  } catch {
    throw invalid('delivery.config_incomplete', kind === 'email' ? '请填写完整的 SMTP 设置' : '请填写 Webhook 地址');
  }
  try {
    if (settings.kind === 'email') assertPublicAddresses(settings.host, await resolveHost(settings.host), { allowPrivate });
    else await checkWebhookUrl(settings.url, { allowPrivate });
  } catch (e) {
    if (e instanceof DeliveryTargetError) throw invalid(`delivery.${e.reason}`, e.message);
    throw e;
  }
}

/** The administrator's side of notifications: channels per jurisdiction, test sends, the delivery log and retries. */
export function createDeliveryService(ctx: ServiceContext) {
  const jurisdictionNames = async () => new Map((await listJurisdictions(ctx.db)).map((j) => [j.id, j.name]));
  const requireJurisdiction = async (id: string | null | undefined) => {
    if (id && !(await findJurisdiction(ctx.db, id))) throw invalid('delivery.jurisdiction_unknown', '行政区划不存在');
  };
  const load = async (id: string) => {
    const c = await findDeliveryChannel(ctx.db, id);
    if (!c) throw notFound('delivery_channel', '通知通道不存在');
    return c;
  };
  return {
    /** Every channel, secrets masked. */
    async listChannels(actor: Actor): Promise<DeliveryChannelView[]> {
      requireAdmin(actor);
      const names = await jurisdictionNames();
      return (await listDeliveryChannels(ctx.db)).map((c) => present(c, names));
    },

    /** Adds a channel after checking its target (https, public address unless allowPrivate). */
    async createChannel(actor: Actor, body: DeliveryChannelCreate): Promise<DeliveryChannelView> {
      requireAdmin(actor);
      await requireJurisdiction(body.jurisdictionId);
      const config = mergeConfig(body.config.kind, {}, body.config);
      await checkTarget(body.config.kind, config, body.allowPrivate);
      const created = await write(ctx, actor, async (tx, audit) => {
        const c = await insertDeliveryChannel(tx, {
          jurisdictionId: body.jurisdictionId,
          kind: body.config.kind,
          name: body.name,
          config,
          enabled: body.enabled,
          allowPrivate: body.allowPrivate,
        });
        await audit('delivery_channel', c.id, 'create', null, auditable(c));
        return c;
      });
      return present(created, await jurisdictionNames());
    },

    /** Changes a channel; secret fields left out keep their stored values. */
    async updateChannel(actor: Actor, id: string, body: DeliveryChannelUpdate): Promise<DeliveryChannelView> {
      requireAdmin(actor);
      const before = await load(id);
      if (body.config && body.config.kind !== before.kind) throw invalid('delivery.kind_fixed', '通道类型不能修改，请新建通道');
      await requireJurisdiction(body.jurisdictionId);
      const config = body.config ? mergeConfig(before.kind, before.config, body.config) : before.config;
      const allowPrivate = body.allowPrivate ?? before.allowPrivate;
      await checkTarget(before.kind, config, allowPrivate);
      const next = {
        jurisdictionId: body.jurisdictionId === undefined ? before.jurisdictionId : body.jurisdictionId,
        kind: before.kind,
        name: body.name ?? before.name,
        config,
        enabled: body.enabled ?? before.enabled,
        allowPrivate,
      };
      const after = await write(ctx, actor, async (tx, audit) => {
        if (!(await updateDeliveryChannel(tx, id, next))) throw notFound('delivery_channel', '通知通道不存在');
        const a = (await findDeliveryChannel(tx, id))!;
        await audit('delivery_channel', id, 'update', auditable(before), auditable(a));
        return a;
      });
      return present(after, await jurisdictionNames());
    },

    /** Deletes a channel and its queued messages. */
    async deleteChannel(actor: Actor, id: string): Promise<void> {
      requireAdmin(actor);
      const before = await load(id);
      await write(ctx, actor, async (tx, audit) => {
        await deleteDeliveryChannel(tx, id);
        await audit('delivery_channel', id, 'delete', auditable(before), null);
      });
    },

    /** Queues a test message through the channel (the worker sends it; the log shows how it went). */
    async testChannel(actor: Actor, id: string, body: DeliveryTest): Promise<DeliveryView> {
      requireAdmin(actor);
      const c = await load(id);
      if (c.kind === 'email' && !body.to) throw invalid('delivery.test_address_required', '测试邮件通道需要填写收件地址');
      const [rowId] = await write(ctx, actor, async (tx, audit) => {
        const ids = await enqueueDeliveries(tx, [
          {
            channelId: id,
            notificationId: null,
            eventKind: 'test',
            recipient: c.kind === 'email' ? body.to! : null,
            title: '测试消息',
            body: `这是督办平台发出的测试消息（通道：${c.name}）。收到即表示配置正确。`,
          },
        ]);
        await audit('delivery', ids[0]!, 'test', null, { channelId: id, to: body.to ?? null });
        return ids;
      });
      return presentDelivery((await findDelivery(ctx.db, rowId!))!, new Map([[id, c]]));
    },

    /** The delivery log, newest first. */
    async log(actor: Actor, q: DeliveryLogQuery): Promise<DeliveryLog> {
      requireAdmin(actor);
      const channels = new Map((await listDeliveryChannels(ctx.db)).map((c) => [c.id, c]));
      const page = await listDeliveries(ctx.db, { status: q.status, channelId: q.channelId }, { page: q.page, pageSize: q.pageSize });
      return { ...page, items: page.items.map((r) => presentDelivery(r, channels)) };
    },

    /** Queues a failed message again with a fresh set of attempts. */
    async retry(actor: Actor, id: string): Promise<DeliveryView> {
      requireAdmin(actor);
      const before = await findDelivery(ctx.db, id);
      if (!before) throw notFound('delivery', '投递记录不存在');
      await write(ctx, actor, async (tx, audit) => {
        if (!(await retryFailedDelivery(tx, id))) throw new DomainError('conflict', 'delivery.not_failed', '只有发送失败的记录可以重试');
        await audit(
          'delivery',
          id,
          'retry',
          { status: before.status, attempts: before.attempts, lastError: before.lastError },
          { status: 'pending' },
        );
      });
      const channels = new Map((await listDeliveryChannels(ctx.db)).map((c) => [c.id, c]));
      return presentDelivery((await findDelivery(ctx.db, id))!, channels);
    },
  };
}

export type DeliveryService = ReturnType<typeof createDeliveryService>;
