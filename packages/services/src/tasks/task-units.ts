import type { TaskPatch } from '@duban/core';
import { addUnitAlias, findUnit, insertUnit, normalizeName, type AssignmentInput, type Db } from '@duban/storage';
import type { AuditFn } from '../context.js';
import { invalid } from '../errors.js';
import { guessKind } from '../units/unit-resolver.js';

/**
 * Turns the units of an edit into assignments: a `unitId` must exist (and the name as written becomes its alias,
 * so the directory learns from the review); `createUnit` adds the name to the directory.
 */
export async function resolveTaskUnits(tx: Db, audit: AuditFn, units: NonNullable<TaskPatch['units']>): Promise<AssignmentInput[]> {
  const out: AssignmentInput[] = [];
  for (const u of units) {
    let unitId = u.unitId ?? null;
    const mapped = unitId ? await findUnit(tx, unitId) : undefined;
    if (unitId && !mapped) throw invalid('task.unit_unknown', `单位不存在：${u.name}`);
    // The directory learns from the review: a name mapped by hand becomes an alias, so the next import resolves it.
    if (mapped && ![mapped.name, ...mapped.aliases, ...mapped.formerNames].some((n) => normalizeName(n) === normalizeName(u.name))) {
      await addUnitAlias(tx, mapped.id, u.name, 'alias');
      await audit('unit', mapped.id, 'alias', null, { alias: u.name }, '审核任务时对应');
    }
    if (!unitId && u.createUnit) {
      const created = await insertUnit(tx, { name: u.name, kind: guessKind(u.name) });
      await audit('unit', created.id, 'create', null, created, '审核任务时新建');
      unitId = created.id;
    }
    out.push({ unitId, name: u.name, role: u.role });
  }
  return out;
}
