import { z } from 'zod';
import { pageQuerySchema } from './common.js';

export const auditQuerySchema = pageQuerySchema.extend({
  entity: z.string().optional(),
  entityId: z.string().optional(),
  /** A user id or a username. */
  user: z.string().optional(),
  from: z.string().optional(),
  to: z.string().optional(),
});

export const auditEntrySchema = z.object({
  id: z.string(),
  at: z.string(),
  userId: z.string().nullable(),
  actor: z.string().nullable(),
  entity: z.string(),
  entityId: z.string(),
  action: z.string(),
  /** The entity kind and action in Chinese, and a name for the object read from its snapshot. */
  entityLabel: z.string(),
  actionLabel: z.string(),
  objectName: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  reason: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;
