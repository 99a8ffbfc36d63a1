import { forbidden } from './errors.js';

/** Who is acting: every use-case receives one and checks it. */
export interface Actor {
  userId: string;
  username: string;
  roles: { role: string; unitId: string | null }[];
  /** How the request authenticated. */
  via: 'session' | 'token' | 'system';
  /** Cookie sessions: when the password was last entered (re-authentication for user and token administration). */
  authAt?: string;
  /** The account must set a new password before anything else (generated or administrator-set password). */
  mustChangePassword?: boolean;
}

/** The system itself (start-up, CLI): acts as an administrator. */
export const systemActor: Actor = { userId: '', username: 'system', roles: [{ role: 'admin', unitId: null }], via: 'system' };

/** True when the actor holds `role` (anywhere). */
export function hasRole(actor: Actor, role: string): boolean {
  return actor.roles.some((r) => r.role === role);
}

/** Administrators (领导小组办公室) may do everything. */
export function isAdmin(actor: Actor): boolean {
  return hasRole(actor, 'admin');
}

/** Admins and leaders read everything, including drafts. */
export function readsEverything(actor: Actor): boolean {
  return isAdmin(actor) || hasRole(actor, 'leader');
}

/** Whether the actor may see draft plans (and their tasks, indicators and periods): administrators only. */
export function readsDrafts(actor: Actor): boolean {
  return isAdmin(actor);
}

/** The units a liaison acts for. */
export function liaisonUnits(actor: Actor): string[] {
  return actor.roles.filter((r) => r.role === 'liaison' && r.unitId).map((r) => r.unitId!);
}

/** Throws `auth.forbidden` unless the actor is an administrator. */
export function requireAdmin(actor: Actor): void {
  if (!isAdmin(actor)) throw forbidden();
}

/** Throws unless the actor is an administrator or a liaison of `unitId`. */
export function requireUnitWriter(actor: Actor, unitId: string): void {
  if (!isAdmin(actor) && !liaisonUnits(actor).includes(unitId)) throw forbidden('auth.other_unit', '只能处理本单位的事项');
}
