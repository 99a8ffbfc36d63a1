import { z } from 'zod';

/** The four roles. */
export const roleSchema = z.enum(['admin', 'liaison', 'leader', 'viewer']);
export type RoleName = z.infer<typeof roleSchema>;

/** A role held by a user, in a unit for liaisons. */
export const roleGrantSchema = z.object({ role: roleSchema, unitId: z.string().nullable().optional() });

/** A user as the API shows it. */
export const userViewSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string().nullable(),
  /** Where e-mail notifications go (null: none). */
  email: z.string().nullable().optional(),
  active: z.boolean(),
  roles: z.array(z.object({ role: z.string(), unitId: z.string().nullable(), unitName: z.string().nullable() })),
  /** The unit of the first liaison grant (convenience for the web app). */
  unitId: z.string().nullable(),
  unitName: z.string().nullable(),
  version: z.number().int(),
});
export type UserView = z.infer<typeof userViewSchema>;

export const loginRequestSchema = z.object({ username: z.string().min(1).max(100), password: z.string().min(1).max(200) });
export type LoginRequest = z.infer<typeof loginRequestSchema>;

/** Answer to login and /api/auth/me: the user, role names, and the CSRF token for cookie sessions. */
export const sessionViewSchema = z.object({
  user: userViewSchema,
  roles: z.array(z.string()),
  csrfToken: z.string().optional(),
  /** The account must set a new password before anything else (other calls answer 403 `auth.password_change_required`). */
  mustChangePassword: z.boolean().optional(),
});
export type SessionView = z.infer<typeof sessionViewSchema>;

export const passwordChangeSchema = z.object({
  oldPassword: z.string().min(1).max(200),
  newPassword: z.string().min(8, '新密码至少 8 位').max(200),
});

/** Re-authentication: the signed-in user's password, entered again before administering users or tokens. */
export const reauthRequestSchema = z.object({ password: z.string().min(1).max(200) });

/** A new API token; it expires after `expiresInDays` (default 90). */
export const tokenCreateSchema = z.object({ name: z.string().min(1).max(100), expiresInDays: z.number().int().min(1).max(365).optional() });
/** A new API token: the secret is shown only in this answer. */
export const tokenCreatedSchema = z.object({
  id: z.string(),
  name: z.string(),
  token: z.string(),
  createdAt: z.string(),
  expiresAt: z.string(),
});
/** An API token as listed (the secret is never shown again); `expiresAt` null: made before tokens expired. */
export const tokenViewSchema = z.object({
  id: z.string(),
  name: z.string(),
  createdAt: z.string(),
  expiresAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});

export const userCreateSchema = z.object({
  username: z
    .string()
    .min(2)
    .max(64)
    .regex(/^[\w.@-]+$/, '用户名只能包含字母、数字和 _ . @ -'),
  displayName: z.string().max(100).nullable().optional(),
  /** Where e-mail notifications go. */
  email: z.string().trim().email('请填写有效的邮箱地址').max(254).nullable().optional(),
  password: z.string().min(8, '密码至少 8 位').max(200),
  roles: z.array(roleGrantSchema).min(1),
  /** The user must set a new password at first sign-in (the administrator chose or generated this one). */
  mustChangePassword: z.boolean().optional(),
});
export type UserCreate = z.infer<typeof userCreateSchema>;

export const userPatchSchema = z.object({
  version: z.number().int(),
  displayName: z.string().max(100).nullable().optional(),
  /** null clears the address. */
  email: z.string().trim().email('请填写有效的邮箱地址').max(254).nullable().optional(),
  active: z.boolean().optional(),
  roles: z.array(roleGrantSchema).min(1).optional(),
  password: z.string().min(8, '密码至少 8 位').max(200).optional(),
  /** With `password`: whether the user must change it at the next sign-in (default true: a reset password is known to the administrator). */
  mustChangePassword: z.boolean().optional(),
});
export type UserPatch = z.infer<typeof userPatchSchema>;
