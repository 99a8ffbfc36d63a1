import { z } from 'zod';
import { pageQuerySchema, pageSchema } from './common.js';
import { OUTBOX_STATUSES } from '../domain/stored-values.js';

/** Outbound channel kinds: DingTalk and WeCom group robots, e-mail over SMTP. */
export const deliveryChannelKindSchema = z.enum(['dingtalk', 'wecom', 'email']);
export type DeliveryChannelKind = z.infer<typeof deliveryChannelKindSchema>;

const webhookUrl = z.string().trim().url('请填写完整的 Webhook 地址').max(2000);

/** Settings by kind. Secret fields (webhook URLs, the DingTalk secret, the SMTP password) may be omitted on update to keep the stored value. */
export const deliveryChannelConfigSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('dingtalk'), url: webhookUrl.optional(), secret: z.string().trim().max(200).optional() }).strict(),
  z.object({ kind: z.literal('wecom'), url: webhookUrl.optional() }).strict(),
  z
    .object({
      kind: z.literal('email'),
      host: z.string().trim().min(1, '请填写 SMTP 服务器').max(255),
      port: z.number().int().min(1).max(65535),
      secure: z.boolean(),
      user: z.string().trim().max(255).optional(),
      password: z.string().max(500).optional(),
      from: z.string().trim().min(3, '请填写发件人地址').max(255),
    })
    .strict(),
]);
export type DeliveryChannelConfig = z.infer<typeof deliveryChannelConfigSchema>;

/** Body of POST /api/delivery/channels. */
export const deliveryChannelCreateSchema = z
  .object({
    name: z.string().trim().min(1, '请填写名称').max(100),
    /** null: every jurisdiction. */
    jurisdictionId: z.string().min(1).nullable(),
    enabled: z.boolean().default(true),
    /** Allow loopback/private addresses and plain http (an intranet robot gateway, a test receiver). */
    allowPrivate: z.boolean().default(false),
    config: deliveryChannelConfigSchema,
  })
  .strict();
export type DeliveryChannelCreate = z.infer<typeof deliveryChannelCreateSchema>;

/** Body of PATCH /api/delivery/channels/:id: the fields to change. */
export const deliveryChannelUpdateSchema = z
  .object({
    name: z.string().trim().min(1).max(100).optional(),
    jurisdictionId: z.string().min(1).nullable().optional(),
    enabled: z.boolean().optional(),
    allowPrivate: z.boolean().optional(),
    config: deliveryChannelConfigSchema.optional(),
  })
  .strict();
export type DeliveryChannelUpdate = z.infer<typeof deliveryChannelUpdateSchema>;

/** A channel as the API shows it: secrets masked (`••••`), `secretsSet` says which are stored. */
export const deliveryChannelViewSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: deliveryChannelKindSchema,
  jurisdictionId: z.string().nullable(),
  jurisdictionName: z.string().nullable(),
  enabled: z.boolean(),
  allowPrivate: z.boolean(),
  /** The settings; secret values masked. */
  config: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])),
  secretsSet: z.array(z.string()),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type DeliveryChannelView = z.infer<typeof deliveryChannelViewSchema>;

/** Body of POST /api/delivery/channels/:id/test: e-mail channels need an address to send to. */
export const deliveryTestSchema = z.object({ to: z.string().trim().email('请填写有效的邮箱地址').optional() }).strict();
export type DeliveryTest = z.infer<typeof deliveryTestSchema>;

/** One outbox row in the delivery log. */
export const deliveryViewSchema = z.object({
  id: z.string(),
  channelId: z.string(),
  channelName: z.string().nullable(),
  channelKind: z.string().nullable(),
  eventKind: z.string(),
  recipient: z.string().nullable(),
  title: z.string(),
  status: z.enum(OUTBOX_STATUSES),
  attempts: z.number().int(),
  maxAttempts: z.number().int(),
  nextAttemptAt: z.string().nullable(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
});
export type DeliveryView = z.infer<typeof deliveryViewSchema>;

/** Query of GET /api/delivery/log. */
export const deliveryLogQuerySchema = pageQuerySchema.omit({ format: true }).extend({
  status: z.enum(OUTBOX_STATUSES).optional(),
  channelId: z.string().min(1).optional(),
});
export type DeliveryLogQuery = z.infer<typeof deliveryLogQuerySchema>;

export const deliveryLogSchema = pageSchema(deliveryViewSchema);
export type DeliveryLog = z.infer<typeof deliveryLogSchema>;

/** Body of POST /api/delivery/log/:id/retry (none). */
export const deliveryRetrySchema = z.object({}).strict();
