import { FACILITY_ENDINGS, SUFFIX_ONCE_ENDINGS } from '../lexicons/local-suffixes.js';
import { alternation } from '../lexicons/pattern.js';

// A place name standing bare in a list: a few Han characters, no level word opening it and no group word.
const BARE_NAME = /^\p{Script=Han}{2,4}$/u;
const NOT_A_PLACE = /^(?:各|相关|有关|其他|其余|全|所有|[省市县区])|(?:局|委|办|部|厅|处|室|所|站|队|院|会|司|中心|单位|部门|机构)$/;

// Each ending's whole name ("乙街道办事处"), compiled once: the list splitter asks for every list it reads.
const WHOLE_NAMES = SUFFIX_ONCE_ENDINGS.map(([place, body]) => ({
  place,
  body,
  tail: place + body,
  whole: new RegExp(`^\\p{Script=Han}{2,5}${place}${body}$`, 'u'),
}));
const GROUP_WORD = /^(?:各|相关|有关|其他|其余|所有)/;

/**
 * A local-government suffix written once for a list ("甲、乙街道办事处", "甲街道、乙街道办事处",
 * "甲、乙镇人民政府"): each name in the run just before the last part gets the suffix it lacks. A part that
 * is a unit of another kind, or a group (各街道), ends the run; names already whole stay as written.
 * `isUnit` says whether a part is already a unit name on its own.
 */
export function expandSuffixOnce(parts: string[], isUnit: (p: string) => boolean): string[] {
  const last = parts[parts.length - 1] ?? '';
  const ending = WHOLE_NAMES.find((e) => last.endsWith(e.tail) && e.whole.test(last));
  if (!ending || parts.length < 2 || GROUP_WORD.test(last)) return parts;
  const { place, body } = ending;
  const out = [...parts];
  for (let i = parts.length - 2; i >= 0; i--) {
    const p = parts[i] ?? '';
    if (NOT_A_PLACE.test(p)) break;
    // "甲街道" before "乙街道办事处": the place word is written, the body noun is not.
    const name = p.endsWith(place) ? p.slice(0, -place.length) : null;
    if (name !== null && BARE_NAME.test(name) && !p.endsWith(place + body)) {
      out[i] = p + body;
      continue;
    }
    if (BARE_NAME.test(p) && !isUnit(p)) {
      out[i] = p + place + body;
      continue;
    }
    break;
  }
  return out;
}

// A place name of two to four characters before the facility word; a bare 火车站 or 各汽车站 is a place, not an owner.
const FACILITY = new RegExp(`^(?!各|相关|有关|所有|全)\\p{Script=Han}{2,4}${alternation(FACILITY_ENDINGS)}$`, 'u');

/** A station or airport named after its place (甲乙火车站): a unit when listed among others. */
export function isFacilityName(name: string): boolean {
  return FACILITY.test(name);
}
