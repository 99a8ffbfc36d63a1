import { codeUnitSet } from '../code-unit-sets.js';
import { memoizedPerParseWith } from '../per-parse-memo.js';
import { DEPARTMENTS, LEVEL_PREFIXES, type DepartmentEntry } from './department-names.js';

/** A directory entry as users add it: a canonical name with its other names. */
export interface UnitDirectoryEntry {
  id: string;
  name: string;
  aliases?: string[];
}

/** The result of a directory look-up. */
export interface UnitMatch {
  id: string;
  name: string;
  /** True when the name matched a former name (卫计委 for today's 卫生健康委). */
  former: boolean;
}

/** An immutable name → entry index. Build it once with `createUnitDirectory` and share it. */
export interface UnitDirectory {
  readonly byName: ReadonlyMap<string, UnitMatch>;
}

// Code units a name keeps as they are under NFKC, space removal and bracket folding: ASCII (bar space and square
// brackets), 、。 and the unified ideographs, none of which combines with a neighbour under NFKC.
const KEPT_AS_IS = codeUnitSet((ch) => {
  const c = ch.charCodeAt(0);
  const plain = (c > 0x20 && c < 0x7f && ch !== '[' && ch !== ']') || c === 0x3001 || c === 0x3002 || (c >= 0x4e00 && c <= 0x9fff);
  return plain && ch.normalize('NFKC') === ch;
});

/** Names are compared after NFKC, without whitespace and with Chinese brackets folded. */
export function normalizeUnitName(name: string): string {
  // Most names are plain ideographs already: asked of every candidate part, the NFKC pass is skipped for them.
  let k = 0;
  while (k < name.length && KEPT_AS_IS[name.charCodeAt(k)] === 1) k++;
  if (k === name.length) return name;
  return name
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/[〔【[]/g, '(')
    .replace(/[〕】\]]/g, ')');
}

function expand(template: string, level: string): string {
  return template.includes('{L}') ? template.replace('{L}', level) : level + template;
}

function addDepartment(map: Map<string, UnitMatch>, entry: DepartmentEntry): void {
  // '' is the level-less short form (卫健委): it resolves to the city level, the most common issuer.
  for (const level of ['', ...LEVEL_PREFIXES]) {
    const levelKey = level || '市';
    const canonical = expand(entry.names[0] ?? '', levelKey);
    const id = `${levelKey}:${entry.key}`;
    for (const n of entry.names) {
      const k = normalizeUnitName(expand(n, level));
      if (k.length >= 2 && !map.has(k)) map.set(k, { id, name: canonical, former: false });
      // Provincial departments are 厅 where cities have 局 (省公安厅, 省应急管理厅).
      if (level === '省' && k.endsWith('局') && !map.has(k.slice(0, -1) + '厅'))
        map.set(k.slice(0, -1) + '厅', { id, name: canonical, former: false });
    }
    for (const n of entry.former ?? []) {
      const k = normalizeUnitName(expand(n, level));
      if (k.length >= 2 && !map.has(k)) map.set(k, { id, name: canonical, former: true });
    }
  }
}

/**
 * Builds the unit directory: the standard departments at every government level plus `extraEntries`
 * (a city's own units, or corrections), which take precedence over the built-in names.
 * @example const dir = createUnitDirectory([{ id: 'qj:cdc', name: '市疾控中心', aliases: ['市疾病预防控制中心'] }]);
 */
export function createUnitDirectory(extraEntries: UnitDirectoryEntry[] = []): UnitDirectory {
  const map = new Map<string, UnitMatch>();
  for (const e of extraEntries) {
    for (const n of [e.name, ...(e.aliases ?? [])]) map.set(normalizeUnitName(n), { id: e.id, name: e.name, former: false });
  }
  for (const d of DEPARTMENTS) addDepartment(map, d);
  return { byName: map };
}

const LEVEL_CHARS = new Set<string>(LEVEL_PREFIXES);
/** Characters a place name never holds: when present, the prefix is another unit, not a place. */
const PLACE = /^[\u4e00-\u9fff]+$/;
// "设在区卫生健康局" says where an office sits: 设在 is a verb, never a place before the level.
const PLACE_STOP = /[局委办厅部院会和及与、,,()各直属级中心]|^(?:设在|设于|位于|挂靠)/;

/**
 * Finds a unit by any of its names: exact, then with a place name before the level dropped
 * (潜江市卫生健康委 → 市卫生健康委), then without a trailing note (市政府办(应急办) → 市政府办).
 * Returns null for names the directory does not know.
 * @example lookupUnit(dir, '市卫计委') // → { id: '市:health', name: '市卫生健康委', former: true }
 */
export function lookupUnit(dir: UnitDirectory, name: string): UnitMatch | null {
  return knownUnit(dir, name);
}

// Every part of every candidate list is looked up, often the same names again: the answers last for one parse.
const knownUnit = memoizedPerParseWith(lookupUnitUncached);

function lookupUnitUncached(dir: UnitDirectory, name: string): UnitMatch | null {
  const n = normalizeUnitName(name);
  const hit = dir.byName.get(n);
  if (hit) return hit;
  // "设在区卫生健康局" says where an office sits: 设在 is no place name.
  if (/^(?:设在|位于|挂靠)/.test(n)) return null;
  // Every look-up below but the note's is of a tail of the name, which ends as the name does.
  if (endsAsSomeName(dir, n)) {
    const tail = lookupTail(dir, n);
    if (tail) return tail;
  }
  const note = /^(.+?)\((?:原)?[^()]*\)$/.exec(n);
  if (note?.[1] && note[1] !== n) return lookupUnitUncached(dir, note[1]);
  return null;
}

// The last code units of each directory's names: a name ending otherwise has no tail in the directory.
const lastUnitsOf = new WeakMap<UnitDirectory, Set<number>>();

function endsAsSomeName(dir: UnitDirectory, n: string): boolean {
  let last = lastUnitsOf.get(dir);
  if (!last) {
    last = new Set([...dir.byName.keys()].map((k) => k.charCodeAt(k.length - 1)));
    lastUnitsOf.set(dir, last);
  }
  return last.has(n.charCodeAt(n.length - 1));
}

/** The unit a name names after a place written before its level or its department (潜江市卫生健康委, 盘锦海关). */
function lookupTail(dir: UnitDirectory, n: string): UnitMatch | null {
  // Place name + level: try each level character among the first few as the start.
  for (let i = 2; i < Math.min(n.length - 1, 7); i++) {
    if (LEVEL_CHARS.has(n[i] ?? '') && PLACE.test(n.slice(0, i)) && !PLACE_STOP.test(n.slice(0, i))) {
      const h = dir.byName.get(n.slice(i));
      if (h) return h;
    }
  }
  // A place name before a department that has no level (盘锦海关 → 海关).
  for (let i = 2; i <= Math.min(4, n.length - 2); i++) {
    const prefix = n.slice(0, i);
    if (PLACE.test(prefix) && !PLACE_STOP.test(prefix) && !LEVEL_CHARS.has(n[i - 1] ?? '')) {
      const h = dir.byName.get(n.slice(i));
      if (h && !LEVEL_CHARS.has(n[i] ?? '')) return h;
    }
  }
  return null;
}

let defaultDir: UnitDirectory | null = null;
/** The built-in directory, created on first use. */
export function defaultUnitDirectory(): UnitDirectory {
  defaultDir ??= createUnitDirectory();
  return defaultDir;
}
