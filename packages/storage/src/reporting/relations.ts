import type { Db } from '../repositories/types.js';

/** True when the unit is assigned (lead or co-operating) to at least one task of the plan. */
export async function unitServesPlan(db: Db, planId: string, unitId: string): Promise<boolean> {
  const row = await db.selectFrom('assignments').select('id').where('plan_id', '=', planId).where('unit_id', '=', unitId).limit(1).executeTakeFirst();
  return row !== undefined;
}
