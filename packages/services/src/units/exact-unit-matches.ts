import { resolveAssignmentsByName, type Db, type TaskRecord } from '@duban/storage';
import type { AuditFn } from '../context.js';
import { createUnitResolver } from './unit-resolver.js';

/**
 * Maps every unmapped unit name of a plan that now matches a directory unit exactly (name, alias or former
 * name, after normalisation). Returns how many names were mapped; each is audited on the plan.
 */
export async function resolveExactMatches(tx: Db, audit: AuditFn, planId: string, tasks: TaskRecord[]): Promise<number> {
  const names = [...new Set(tasks.flatMap((t) => t.assignments.filter((a) => !a.unitId).map((a) => a.name)))];
  if (names.length === 0) return 0;
  const resolver = await createUnitResolver(tx, { create: false });
  let mapped = 0;
  for (const name of names) {
    const unit = await resolver.resolve({ name, canonicalName: null });
    if (!unit) continue;
    await resolveAssignmentsByName(tx, planId, name, unit.id);
    await audit('plan', planId, 'map_unit', { name, unitId: null }, { name, unitId: unit.id }, '发布前按单位名录精确对应');
    mapped++;
  }
  return mapped;
}
