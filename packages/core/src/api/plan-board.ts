import { z } from 'zod';
import { PLAN_STATUSES, REPORTING_SCOPES } from '../domain/stored-values.js';

/**
 * One task as the plan page lists it: no source span, history or milestones (the task page loads those).
 * Its section and units are indexes into the board's `sections` and `units`, which a plan repeats on every task.
 */
export const planBoardTaskSchema = z.object({
  id: z.string(),
  kind: z.string(),
  number: z.string().nullable(),
  /** The number as cited, with its chapter markers (二.3). */
  displayNumber: z.string().nullable(),
  title: z.string().nullable(),
  text: z.string(),
  due: z.array(z.string()),
  ongoing: z.boolean(),
  status: z.string(),
  colour: z.string().nullable(),
  /** Index into `sections`. */
  section: z.number().int(),
  /** Indexes into `units` of the lead units, in order. */
  leads: z.array(z.number().int()),
  /** Indexes into `units` of the participating units, in order. */
  participants: z.array(z.number().int()),
});
export type PlanBoardTask = z.infer<typeof planBoardTaskSchema>;

/** Every task of a plan, trimmed to what the plan page shows (GET /api/plans/:id/board). */
export const planBoardSchema = z.object({
  plan: z.object({
    id: z.string(),
    title: z.string().nullable(),
    docNumber: z.string().nullable(),
    planYear: z.number().int().nullable(),
    /** Who owes progress reports: 'lead' (牵头单位汇总报送) or 'all' (each responsible unit). */
    reportingScope: z.enum(REPORTING_SCOPES),
    status: z.enum(PLAN_STATUSES),
    version: z.number().int(),
  }),
  /** The distinct section paths (headings above the tasks, outermost first). */
  sections: z.array(z.array(z.string())),
  /** The distinct units named by the tasks: the directory unit (null while unresolved) and the name to show. */
  units: z.array(z.object({ unitId: z.string().nullable(), name: z.string() })),
  tasks: z.array(planBoardTaskSchema),
});
export type PlanBoard = z.infer<typeof planBoardSchema>;
