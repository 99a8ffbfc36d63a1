// The list and page answers of the API, built once from their item schemas so that the route that sends a list
// and the web client that reads it (through the contract in ./contract.ts) name the same schema object.
import { z } from 'zod';
import { assessmentPeriodSchema } from './assessment.js';
import { auditEntrySchema } from './audit.js';
import { tokenViewSchema, userViewSchema } from './auth.js';
import { pageSchema } from './common.js';
import { deliveryChannelViewSchema } from './delivery.js';
import { jurisdictionViewSchema, unitSuggestionSchema, unitViewSchema } from './directory.js';
import { commentViewSchema, indicatorViewSchema, planViewSchema, taskViewSchema } from './plans.js';
import { noticeItemSchema } from './supervision.js';

/** GET /api/plans. */
export const planPageSchema = pageSchema(planViewSchema);
/** GET /api/tasks. */
export const taskPageSchema = pageSchema(taskViewSchema);
/** The tasks of a plan after a split, merge, reorder or bulk edit. */
export const taskListSchema = z.array(taskViewSchema);
/** The comments (or instructions) of a task. */
export const commentListSchema = z.array(commentViewSchema);
/** GET /api/indicators. */
export const indicatorListSchema = z.array(indicatorViewSchema);
/** GET /api/audit. */
export const auditPageSchema = pageSchema(auditEntrySchema);
/** GET /api/notices. */
export const noticePageSchema = pageSchema(noticeItemSchema);
/** GET /api/units. */
export const unitListSchema = z.array(unitViewSchema);
/** `?includeMerged=1&jurisdiction=` of GET /api/units. */
export const unitListQuerySchema = z.object({
  includeMerged: z.enum(['0', '1']).optional(),
  jurisdiction: z.string().optional(),
  format: z.enum(['json', 'csv']).optional(),
});
/** GET /api/units/suggest. */
export const unitSuggestionListSchema = z.array(unitSuggestionSchema);
/** GET /api/jurisdictions. */
export const jurisdictionListSchema = z.array(jurisdictionViewSchema);
/** GET /api/users. */
export const userListSchema = z.array(userViewSchema);
/** `?format=csv` of GET /api/users. */
export const userListQuerySchema = z.object({ format: z.enum(['json', 'csv']).optional() });
/** GET /api/tokens. */
export const tokenListSchema = z.array(tokenViewSchema);
/** GET /api/delivery/channels. */
export const deliveryChannelListSchema = z.array(deliveryChannelViewSchema);
/** GET /api/plans/:id/assessment-periods. */
export const assessmentPeriodListSchema = z.object({ items: z.array(assessmentPeriodSchema) });
