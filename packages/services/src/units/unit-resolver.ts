import type { UnitKind } from '@duban/core';
import { insertUnit, listUnits, normalizeName, type Db, type UnitRecord } from '@duban/storage';

/** A unit name as extracted, with the directory's canonical name when the engine knew one. */
export interface ExtractedUnitName {
  name: string;
  canonicalName: string | null;
}

/**
 * Resolves extracted unit names to directory units, by name, alias or former name (after normalisation).
 * Built once per import; with `create` set, unknown names become new units of the plan's jurisdiction
 * (the demo and `import --publish`).
 */
export async function createUnitResolver(db: Db, opts: { create: boolean; jurisdictionId?: string | null }) {
  const index = new Map<string, UnitRecord>();
  const add = (u: UnitRecord) => {
    for (const n of [...u.formerNames, ...u.aliases, u.name]) index.set(normalizeName(n), u);
  };
  for (const u of await listUnits(db)) add(u);
  const created: UnitRecord[] = [];

  return {
    created,
    /** The unit for this name, or null when unknown (and not created). */
    async resolve(ref: ExtractedUnitName): Promise<UnitRecord | null> {
      for (const n of [ref.name, ref.canonicalName]) {
        const hit = n ? index.get(normalizeName(n)) : undefined;
        if (hit) return hit;
      }
      if (!opts.create) return null;
      const name = ref.canonicalName ?? ref.name;
      const u = await insertUnit(db, {
        name,
        kind: guessKind(name),
        jurisdictionId: opts.jurisdictionId ?? null,
        aliases: ref.name !== name ? [ref.name] : [],
      });
      add(u);
      created.push(u);
      return u;
    },
  };
}

/** 各区(市)县 / 各镇街道 are groups; 区/县 names are districts; everything else a department. */
export function guessKind(name: string): UnitKind {
  if (name.startsWith('各')) return 'group';
  if (/^[\u4e00-\u9fa5]{1,6}(区|县|市)(人民政府|政府)?$/.test(name) && !/局|委|办|院|中心|会$/.test(name)) return 'district';
  return 'department';
}
