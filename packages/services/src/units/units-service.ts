import type { JurisdictionLevel, UnitCreate, UnitPatch, UnitView } from '@duban/core';
import {
  deleteJurisdiction,
  deleteUnit,
  findJurisdiction,
  findUnit,
  insertJurisdiction,
  insertUnit,
  isForeignKeyViolation,
  jurisdictionUsage,
  listJurisdictions,
  listUnits,
  mergeUnits,
  normalizeName,
  setUnitAliases,
  unitUsage,
  updateUnit,
  type JurisdictionRecord,
  type UnitRecord,
} from '@duban/storage';
import { requireAdmin, type Actor } from '../actor.js';
import { write, type ServiceContext } from '../context.js';
import { inUse, jurisdictionInUse, unitInUse } from './directory-deletion.js';
import { conflict, DomainError, invalid, notFound } from '../errors.js';
import { presentUnit } from '../presenters.js';

function bigrams(s: string): string[] {
  const chars = [...s];
  if (chars.length < 2) return chars;
  return chars.slice(0, -1).map((c, i) => c + chars[i + 1]);
}

/** Dice coefficient over character bigrams: 1 for equal names, 0 for nothing shared. */
export function nameSimilarity(a: string, b: string): number {
  const x = bigrams(normalizeName(a));
  const y = bigrams(normalizeName(b));
  if (x.length === 0 || y.length === 0) return 0;
  const pool = [...y];
  let shared = 0;
  for (const g of x) {
    const i = pool.indexOf(g);
    if (i >= 0) {
      shared++;
      pool.splice(i, 1);
    }
  }
  return (2 * shared) / (x.length + y.length);
}

/** How a name matches a unit: exact, another name, or merely similar (with a score). */
export function matchUnit(name: string, u: UnitRecord): { match: 'exact' | 'alias' | 'former' | 'similar'; score: number } {
  const n = normalizeName(name);
  if (normalizeName(u.name) === n) return { match: 'exact', score: 1 };
  if (u.aliases.some((a) => normalizeName(a) === n)) return { match: 'alias', score: 1 };
  if (u.formerNames.some((a) => normalizeName(a) === n)) return { match: 'former', score: 1 };
  const score = Math.max(...[u.name, ...u.aliases, ...u.formerNames].map((x) => nameSimilarity(name, x)));
  return { match: 'similar', score };
}

/** The unit directory and jurisdictions. */
export function createUnitsService(ctx: ServiceContext) {
  async function load(id: string): Promise<UnitRecord> {
    const u = await findUnit(ctx.db, id);
    if (!u) throw notFound('unit', '单位不存在');
    return u;
  }

  return {
    /** The directory (everyone signed in may read it). */
    async list(_actor: Actor, opts: { includeMerged?: boolean; jurisdictionId?: string } = {}): Promise<UnitView[]> {
      return (await listUnits(ctx.db, opts)).map(presentUnit);
    },

    /** One unit. */
    async get(_actor: Actor, id: string): Promise<UnitView> {
      return presentUnit(await load(id));
    },

    /** Directory candidates for an extracted name: exact and alias matches first, then similar names. */
    async suggest(
      _actor: Actor,
      name: string,
    ): Promise<{ unit: UnitView; match: 'exact' | 'alias' | 'former' | 'similar'; score: number }[]> {
      const all = await listUnits(ctx.db);
      return all
        .map((u) => ({ unit: presentUnit(u), ...matchUnit(name, u) }))
        .filter((s) => s.score >= 0.4)
        .sort((a, b) => b.score - a.score || a.unit.name.localeCompare(b.unit.name, 'zh-CN'))
        .slice(0, 8);
    },

    /** Adds a unit (admin). */
    async create(actor: Actor, input: UnitCreate): Promise<UnitView> {
      requireAdmin(actor);
      if (input.jurisdictionId && !(await findJurisdiction(ctx.db, input.jurisdictionId)))
        throw invalid('unit.jurisdiction_unknown', '所属行政区划不存在');
      return write(ctx, actor, async (tx, audit) => {
        if (!input.jurisdictionId && (await listUnits(tx)).some((u) => u.name === input.name && !u.jurisdictionId)) {
          throw new DomainError(
            'conflict',
            'unit.duplicate_name',
            `已有名为“${input.name}”且未指定行政区划的单位，请改用该单位、为新单位指定行政区划或换一个名称`,
          );
        }
        const u = await insertUnit(tx, { ...input, shortName: input.shortName ?? null, jurisdictionId: input.jurisdictionId ?? null });
        await audit('unit', u.id, 'create', null, u);
        return presentUnit(u);
      });
    },

    /** Edits a unit (admin); a stale version is a conflict. */
    async update(actor: Actor, id: string, patch: UnitPatch): Promise<UnitView> {
      requireAdmin(actor);
      return write(ctx, actor, async (tx, audit) => {
        const before = await findUnit(tx, id);
        if (!before) throw notFound('unit', '单位不存在');
        if (!(await updateUnit(tx, id, patch.version, patch))) throw conflict('unit', presentUnit(before));
        if (patch.aliases !== undefined || patch.formerNames !== undefined) {
          await setUnitAliases(tx, id, patch.aliases ?? before.aliases, patch.formerNames ?? before.formerNames);
        }
        const after = (await findUnit(tx, id))!;
        await audit('unit', id, 'update', before, after);
        return presentUnit(after);
      });
    },

    /** Merges a unit into another (admin): assignments move and the old name stays as an alias. */
    async merge(actor: Actor, fromId: string, intoId: string): Promise<UnitView> {
      requireAdmin(actor);
      if (fromId === intoId) throw invalid('unit.merge_self', '不能把单位合并到自身');
      return write(ctx, actor, async (tx, audit) => {
        const from = await findUnit(tx, fromId);
        const into = await findUnit(tx, intoId);
        if (!from || !into) throw notFound('unit', '单位不存在');
        if (from.mergedIntoId || into.mergedIntoId) throw invalid('unit.already_merged', '该单位已被合并');
        await mergeUnits(tx, fromId, intoId);
        const after = (await findUnit(tx, intoId))!;
        await audit('unit', fromId, 'merge', from, { mergedIntoId: intoId });
        await audit('unit', intoId, 'absorb', into, after);
        return presentUnit(after);
      });
    },

    /**
     * Deletes a unit created by mistake (admin), with its aliases. Refused with `unit.in_use` (conflict) while
     * anything refers to it — assignments, indicators, user roles, reports, indicator values, notices, units
     * merged into it; such a unit is merged instead. Audited with the row as it was.
     */
    async remove(actor: Actor, id: string): Promise<void> {
      requireAdmin(actor);
      let unit: UnitRecord | undefined;
      try {
        await write(ctx, actor, async (tx, audit) => {
          unit = await findUnit(tx, id);
          if (!unit) throw notFound('unit', '单位不存在');
          const usage = await unitUsage(tx, id);
          if (inUse(usage)) throw unitInUse(unit, usage);
          await deleteUnit(tx, id);
          await audit('unit', id, 'delete', unit, null);
        });
      } catch (e) {
        // Something started referring to the unit between the check and the delete (a concurrent write).
        if (unit && isForeignKeyViolation(e)) throw unitInUse(unit, null);
        throw e;
      }
    },

    /** Adds a jurisdiction under `parentId` (admin). */
    async createJurisdiction(
      actor: Actor,
      input: { name: string; level: JurisdictionLevel; parentId: string | null },
    ): Promise<JurisdictionRecord> {
      requireAdmin(actor);
      if (input.parentId && !(await findJurisdiction(ctx.db, input.parentId)))
        throw invalid('jurisdiction.parent_unknown', '上级行政区划不存在');
      return write(ctx, actor, async (tx, audit) => {
        const j = await insertJurisdiction(tx, input);
        await audit('jurisdiction', j.id, 'create', null, j);
        return j;
      });
    },

    /**
     * Deletes a jurisdiction (admin) that has no child jurisdictions, no units and no plans; otherwise
     * `jurisdiction.in_use` (conflict) with the counts. Audited with the row as it was.
     */
    async removeJurisdiction(actor: Actor, id: string): Promise<void> {
      requireAdmin(actor);
      let j: JurisdictionRecord | undefined;
      try {
        await write(ctx, actor, async (tx, audit) => {
          j = await findJurisdiction(tx, id);
          if (!j) throw notFound('jurisdiction', '行政区划不存在');
          const usage = await jurisdictionUsage(tx, id);
          if (inUse(usage)) throw jurisdictionInUse(j, usage);
          await deleteJurisdiction(tx, id);
          await audit('jurisdiction', id, 'delete', j, null);
        });
      } catch (e) {
        if (j && isForeignKeyViolation(e)) throw jurisdictionInUse(j, null);
        throw e;
      }
    },

    /** The jurisdiction tree as a flat list (parentId links). */
    async jurisdictions(_actor: Actor): Promise<JurisdictionRecord[]> {
      return listJurisdictions(ctx.db);
    },
  };
}

export type UnitsService = ReturnType<typeof createUnitsService>;
