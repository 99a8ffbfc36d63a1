import { z } from 'zod';
import { isoDateSchema } from './common.js';
import { taskFields } from './plans.js';

/** Why a published plan changes: required once the plan is published, told to the affected units. */
const reasonSchema = z.string().trim().max(500).optional();

/** `DELETE /api/tasks/:id?reason=` — after publishing the reason is required. */
export const taskDeleteQuerySchema = z.object({ reason: reasonSchema });

/**
 * `POST /api/tasks/:id/split`: the task becomes `parts.length` tasks in its place. The first part keeps the task
 * (its id, history and reports); the others are new tasks right after it, in the same section.
 */
export const taskSplitSchema = z.object({
  version: z.number().int(),
  reason: reasonSchema,
  parts: z
    .array(z.object({ ...taskFields, text: z.string().trim().min(1).max(10_000) }))
    .min(2, '拆分至少需要两项')
    .max(50),
});
export type TaskSplit = z.infer<typeof taskSplitSchema>;

/**
 * `POST /api/plans/:id/tasks/merge`: the tasks become one, kept in the place of the first. Its text is `text`
 * (default: the texts joined), its units and deadlines are the union; the other tasks are removed.
 */
export const taskMergeSchema = z.object({
  taskIds: z.array(z.string().min(1)).min(2, '合并至少需要两项').max(50),
  text: z.string().trim().min(1).max(10_000).optional(),
  title: z.string().max(300).nullable().optional(),
  reason: reasonSchema,
});
export type TaskMerge = z.infer<typeof taskMergeSchema>;

/** `POST /api/plans/:id/tasks/reorder`: every task of the plan, in the new order. */
export const taskReorderSchema = z.object({ taskIds: z.array(z.string().min(1)).min(1).max(20_000), reason: reasonSchema });
export type TaskReorder = z.infer<typeof taskReorderSchema>;

/**
 * `POST /api/plans/:id/tasks/bulk`: one change applied to the selected tasks — a deadline (dates and/or 持续推进),
 * a new lead unit (replaces the leads), a participating unit added, or a unit removed.
 */
export const taskBulkEditSchema = z
  .object({
    taskIds: z.array(z.string().min(1)).min(1).max(2000),
    due: z.array(isoDateSchema).max(50).optional(),
    ongoing: z.boolean().optional(),
    leadUnitId: z.string().min(1).optional(),
    addParticipantId: z.string().min(1).optional(),
    removeUnitId: z.string().min(1).optional(),
    reason: reasonSchema,
  })
  .refine((b) => b.due !== undefined || b.ongoing !== undefined || b.leadUnitId || b.addParticipantId || b.removeUnitId, {
    message: '请指定要批量修改的内容',
  });
export type TaskBulkEdit = z.infer<typeof taskBulkEditSchema>;

/** An in-app message to a unit (adjusted tasks, leader instructions), read by its liaisons. */
export const notificationViewSchema = z.object({
  id: z.string(),
  unitId: z.string(),
  unitName: z.string().nullable(),
  /** task_adjusted, task_removed, instruction. */
  kind: z.string(),
  text: z.string(),
  /** Where the web app opens it, e.g. /tasks/<id>. */
  link: z.string().nullable(),
  read: z.boolean(),
  createdAt: z.string(),
});
export type NotificationView = z.infer<typeof notificationViewSchema>;

export const notificationListQuerySchema = z.object({
  unread: z
    .enum(['0', '1', 'true', 'false'])
    .optional()
    .transform((v) => v === '1' || v === 'true'),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export const notificationListSchema = z.object({ items: z.array(notificationViewSchema), unread: z.number().int() });
export type NotificationList = z.infer<typeof notificationListSchema>;

export const notificationReadSchema = z.object({ ids: z.array(z.string().min(1)).max(500).optional(), all: z.boolean().optional() });
