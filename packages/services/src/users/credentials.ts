import { hash } from '@node-rs/argon2';
import {
  deleteUserSessions,
  pushPasswordHistory,
  recentPasswordHashes,
  revokeUserApiTokens,
  setMustChangePassword,
  type Db,
} from '@duban/storage';
import type { ServiceContext } from '../context.js';
import { checkPasswordNotReused, checkPasswordStrength, securityPolicy } from './security-policy.js';

/** Hashes a password with argon2id. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: 2 });
}

/**
 * Checks a new password for an existing account (strength, not the username, not one of the last N) and hashes it.
 * Runs before the write transaction: argon2 is slow and needs no lock.
 */
export async function prepareNewPassword(ctx: ServiceContext, user: { id: string; username: string }, password: string): Promise<string> {
  const policy = securityPolicy(ctx);
  checkPasswordStrength(policy, user.username, password);
  await checkPasswordNotReused(policy, await recentPasswordHashes(ctx.db, user.id, policy.passwordHistory), password);
  return hashPassword(password);
}

/**
 * After a user's password hash was replaced (inside the same transaction): keeps the old hash in the history,
 * ends every session and revokes every API token of the user, and sets or clears the forced change.
 */
export async function afterPasswordReplaced(
  ctx: ServiceContext,
  tx: Db,
  userId: string,
  oldHash: string | null,
  mustChange: boolean,
): Promise<{ revokedTokens: number }> {
  if (oldHash) await pushPasswordHistory(tx, userId, oldHash, securityPolicy(ctx).passwordHistory);
  await deleteUserSessions(tx, userId);
  const revokedTokens = await revokeUserApiTokens(tx, userId);
  await setMustChangePassword(tx, userId, mustChange);
  return { revokedTokens };
}
