import { verify } from '@node-rs/argon2';
import type { Actor } from '../actor.js';
import type { ServiceContext } from '../context.js';
import { DomainError, invalid } from '../errors.js';

/** Session, token and password rules (等保 level 3); every field can be set per deployment. */
export interface SecurityPolicy {
  /** A session unused this long ends (default 30 minutes). */
  idleTimeoutMs: number;
  /** Default lifetime of a new API token in days (default 90; a request may ask for 1–365). */
  tokenDays: number;
  /** Failed sign-ins of one account, from any address, that lock it (default 10)… */
  lockoutMax: number;
  /** …for this long (default 15 minutes). */
  lockoutMs: number;
  /** Administration of users and tokens needs the password entered within this long (default 10 minutes). */
  reauthMs: number;
  /** Shortest password (default 10). */
  passwordMinLength: number;
  /** A new password may not be any of the user's last this many (default 5). */
  passwordHistory: number;
}

export const DEFAULT_SECURITY_POLICY: SecurityPolicy = {
  idleTimeoutMs: 30 * 60_000,
  tokenDays: 90,
  lockoutMax: 10,
  lockoutMs: 15 * 60_000,
  reauthMs: 10 * 60_000,
  passwordMinLength: 10,
  passwordHistory: 5,
};

/** The context's policy with defaults filled in. */
export function securityPolicy(ctx: ServiceContext): SecurityPolicy {
  return { ...DEFAULT_SECURITY_POLICY, ...ctx.security };
}

const CLASSES = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^a-zA-Z0-9]/];

/**
 * Checks a new password against the policy: length, at least three of lowercase / uppercase / digits / other
 * characters, and not the username (nor it reversed). Throws `password.weak` with the reason in Chinese.
 */
export function checkPasswordStrength(policy: SecurityPolicy, username: string, password: string): void {
  if (password.length < policy.passwordMinLength)
    throw invalid('password.weak', `密码至少 ${policy.passwordMinLength} 位`, { rule: 'length' });
  if (CLASSES.filter((c) => c.test(password)).length < 3) {
    throw invalid('password.weak', '密码须包含小写字母、大写字母、数字、符号中的至少三类', { rule: 'classes' });
  }
  const name = username.toLowerCase();
  const pw = password.toLowerCase();
  if (pw === name || pw === [...name].reverse().join('')) throw invalid('password.weak', '密码不能与用户名相同', { rule: 'username' });
}

/** Throws `password.reused` when the password matches one of the given (current and earlier) hashes. */
export async function checkPasswordNotReused(policy: SecurityPolicy, hashes: string[], password: string): Promise<void> {
  for (const h of hashes) {
    if (await verify(h, password).catch(() => false))
      throw invalid('password.reused', `新密码不能与最近 ${policy.passwordHistory} 次使用过的密码相同`, { rule: 'history' });
  }
}

/**
 * Administration of users and tokens needs a recent password entry: a cookie session whose password was entered
 * (sign-in or POST /api/auth/reauth) within `reauthMs`. API tokens cannot re-authenticate, so they cannot do it.
 * The system actor (start-up, CLI) always may.
 */
export function requireRecentAuth(ctx: ServiceContext, actor: Actor): void {
  if (actor.via === 'system') return;
  const at = actor.authAt ? Date.parse(actor.authAt) : NaN;
  if (actor.via !== 'session' || !(Date.now() - at <= securityPolicy(ctx).reauthMs)) {
    throw new DomainError('forbidden', 'auth.reauth_required', '此操作需要再次输入密码确认身份');
  }
}
