import { listJurisdictions } from '@duban/storage';
import { systemActor } from '../actor.js';
import type { ServiceContext } from '../context.js';
import type { Services } from '../index.js';

/**
 * The full name of a unit written the local way ("市教育局" in 青川市's plan): the level character is replaced by the
 * jurisdiction's name ("青川市教育局"). Names that do not start with that character (团县委, 各乡镇人民政府) stay.
 */
export function prefixedUnitName(name: string, jurisdictionName: string): string | null {
  const level = jurisdictionName.at(-1);
  if (!level || !name.startsWith(level) || name.startsWith(jurisdictionName)) return null;
  return `${jurisdictionName}${name.slice(1)}`;
}

/**
 * Names every demo unit as a city's directory does, with its city or district in front (青川市教育局, 云溪区教育局,
 * 临江县教育局), keeping the short form the plans use as an alias, so units of different places never look alike.
 */
export async function prefixDemoUnitNames(ctx: ServiceContext, services: Services): Promise<number> {
  const places = new Map((await listJurisdictions(ctx.db)).map((j) => [j.id, j.name]));
  let renamed = 0;
  for (const unit of await services.units.list(systemActor)) {
    const place = unit.jurisdictionId ? places.get(unit.jurisdictionId) : undefined;
    const full = place ? prefixedUnitName(unit.name, place) : null;
    if (!full) continue;
    await services.units.update(systemActor, unit.id, {
      version: unit.version,
      name: full,
      shortName: unit.name,
      aliases: [...new Set([unit.name, ...unit.aliases])],
    });
    renamed++;
  }
  return renamed;
}
