import type { UnitDirectory } from './unit-directory.js';
import { splitUnitList } from './unit-name.js';

/** A name-shaped part: Han characters only, short, with no duty word in it. */
const NAME_SHAPE = /^\p{Script=Han}{3,12}$/u;
const DUTY_WORD = /负责|落实|推进|加强|开展|工作|实施|组织|完善|建立|配合|参与|牵头/;
/** The list's end: "…Z等按职责分工负责", "…Z等部门分别负责". */
const LIST_END = /(?:等(?:部门|单位)?)?(?:按照?|根据|依据)?(?:各自)?(?:职责|职能)?(?:分工)?(?:分别|各自)?(?:负责|落实)?$/;

/**
 * The units of a list whose role words already say it names owners ("A、B、…、Z等按职责分工负责"), tolerating one
 * name the unit lexicon does not know (a new suffix, 供销合作总社): one unknown unit must not discard a long list.
 * Null unless the list has at least three parts, all but one known units, the odd one name-shaped.
 */
export function cuedUnitList(list: string, dir: UnitDirectory): string[] | null {
  const body = list.replace(LIST_END, '');
  const parts = body.split('、').map((p) => p.trim());
  if (parts.length < 3 || parts.some((p) => !p)) return null;
  const unknown = parts.filter((p) => !splitUnitList(p, dir));
  if (unknown.length !== 1) return null;
  const odd = unknown[0] ?? '';
  if (!NAME_SHAPE.test(odd) || DUTY_WORD.test(odd)) return null;
  return parts.flatMap((p) => (p === odd ? [p] : (splitUnitList(p, dir) ?? [])));
}
