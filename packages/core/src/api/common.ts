import { z } from 'zod';

/** `?page=&pageSize=` (1-based page; pageSize up to 500). */
export const pageQuerySchema = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
  /** `csv` returns the whole filtered list as CSV (UTF-8 with BOM) instead of a JSON page. */
  format: z.enum(['json', 'csv']).optional(),
});
export type PageQuery = z.infer<typeof pageQuerySchema>;

/** A page of a list: `{ items, total, page, pageSize }`. */
export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });
}

/** `:id` path parameter. */
export const idParamsSchema = z.object({ id: z.string().min(1).max(100) });

/** The error body of every failed request. */
export const errorBodySchema = z.object({
  error: z.object({
    /** Stable id such as `plan.not_found`. */
    id: z.string(),
    /** Chinese message for the user. */
    message: z.string(),
    details: z.unknown().optional(),
  }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;

/** A span of the source text (offsets into the document text, 1-based line). */
export const spanSchema = z.object({ start: z.number().int(), end: z.number().int(), line: z.number().int() });

/** 'YYYY-MM-DD'. */
export const isoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD');

/** `{ ok: true }` for commands without a body to return. */
export const okSchema = z.object({ ok: z.literal(true) });

/** GET /api/health. */
export const healthSchema = z.object({ ok: z.boolean(), db: z.string() });
