import { z } from 'zod';

export const unitKindSchema = z.enum(['department', 'district', 'group', 'other']);
/** A unit's kind. */
export type UnitKind = z.infer<typeof unitKindSchema>;

/** A unit of the directory. */
export const unitViewSchema = z.object({
  id: z.string(),
  name: z.string(),
  shortName: z.string().nullable(),
  kind: z.string(),
  jurisdictionId: z.string().nullable(),
  active: z.boolean(),
  aliases: z.array(z.string()),
  formerNames: z.array(z.string()),
  mergedIntoId: z.string().nullable(),
  version: z.number().int(),
});
export type UnitView = z.infer<typeof unitViewSchema>;

export const unitCreateSchema = z.object({
  name: z.string().trim().min(1).max(100),
  shortName: z.string().max(50).nullable().optional(),
  kind: unitKindSchema.default('department'),
  jurisdictionId: z.string().nullable().optional(),
  aliases: z.array(z.string().min(1).max(100)).default([]),
  formerNames: z.array(z.string().min(1).max(100)).default([]),
});
export type UnitCreate = z.infer<typeof unitCreateSchema>;

export const unitPatchSchema = z.object({
  version: z.number().int(),
  name: z.string().trim().min(1).max(100).optional(),
  shortName: z.string().max(50).nullable().optional(),
  kind: unitKindSchema.optional(),
  jurisdictionId: z.string().nullable().optional(),
  active: z.boolean().optional(),
  aliases: z.array(z.string().min(1).max(100)).optional(),
  formerNames: z.array(z.string().min(1).max(100)).optional(),
});
export type UnitPatch = z.infer<typeof unitPatchSchema>;

export const unitMergeSchema = z.object({ intoId: z.string().min(1) });

export const unitSuggestQuerySchema = z.object({ name: z.string().min(1).max(100) });
/** Directory candidates for an extracted name, best first. */
export const unitSuggestionSchema = z.object({
  unit: unitViewSchema,
  /** exact: the name; alias / former: another name of the unit; similar: shares most characters. */
  match: z.enum(['exact', 'alias', 'former', 'similar']),
  score: z.number(),
});

export const jurisdictionViewSchema = z.object({ id: z.string(), parentId: z.string().nullable(), name: z.string(), level: z.string() });

export const jurisdictionLevelSchema = z.enum(['province', 'city', 'county', 'township']);
/** A jurisdiction's level. */
export type JurisdictionLevel = z.infer<typeof jurisdictionLevelSchema>;
export const jurisdictionCreateSchema = z.object({
  name: z.string().trim().min(1).max(100),
  level: jurisdictionLevelSchema,
  parentId: z.string().nullable().default(null),
});
