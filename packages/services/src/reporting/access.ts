import { reportingDb, type ReportingDb } from '@duban/storage';
import { hasRole, isAdmin, liaisonUnits, type Actor } from '../actor.js';
import { DomainError, forbidden, invalid } from '../errors.js';
import type { ServiceContext } from '../context.js';
import type { Db } from '@duban/storage';

/** The reporting tables on the context's database (or a transaction). */
export function rdb(db: ServiceContext['db'] | Db): ReportingDb {
  return reportingDb(db);
}

/** Anyone signed in with a role may read supervision data; liaisons see a filtered view. */
export function requireReader(actor: Actor): void {
  if (actor.roles.length === 0) throw forbidden();
}

/** True for roles that read every unit's reports (office, leaders, viewers). */
export function readsAllReports(actor: Actor): boolean {
  return isAdmin(actor) || hasRole(actor, 'leader') || hasRole(actor, 'viewer');
}

/**
 * The unit a liaison acts for in a write. An admin must name the unit; a liaison may omit it when it serves
 * exactly one unit, and may never name another unit.
 */
export function actingUnit(actor: Actor, requested: string | undefined): string {
  const mine = liaisonUnits(actor);
  if (requested) {
    if (isAdmin(actor) || mine.includes(requested)) return requested;
    throw forbidden('auth.other_unit', '只能处理本单位的事项');
  }
  if (mine.length === 1) return mine[0]!;
  if (isAdmin(actor) || mine.length > 1) throw invalid('report.unit_required', '请指明报送单位');
  throw forbidden();
}

/** Throws unless the actor may write for `unitId` (its liaison or an admin). */
export function requireUnitAccess(actor: Actor, unitId: string): void {
  if (!isAdmin(actor) && !liaisonUnits(actor).includes(unitId)) throw forbidden('auth.other_unit', '只能处理本单位的事项');
}

/** A request that is well-formed but not allowed in the current state (HTTP 409). */
export function stateConflict(id: string, message: string, details?: unknown): DomainError {
  return new DomainError('conflict', id, message, details);
}
