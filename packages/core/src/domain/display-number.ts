// A task's number as people cite it: the chapter markers of its section path before its own number ("二.3"),
// because many plans restart their item numbers in every chapter (1, 2, 3, 1, 2…).

const CN_NUMERAL = '[一二三四五六七八九十百零〇]+';
const CHAPTER_RE = new RegExp(`^\\s*(${CN_NUMERAL})\\s*[、.．]`);
const PAREN_RE = new RegExp(`^\\s*[(（]\\s*(${CN_NUMERAL}|\\d+)\\s*[)）]`);
const ARABIC_RE = /^\s*(\d+)\s*[、.．](?!\d)/;

/** The ordinal marker a heading starts with: "二、营造健康环境" → "二", "(一)健康知识" → "（一）"; null when none. */
export function headingMarker(heading: string): string | null {
  const chapter = CHAPTER_RE.exec(heading);
  if (chapter) return chapter[1]!;
  const paren = PAREN_RE.exec(heading);
  if (paren) return `（${paren[1]}）`;
  const arabic = ARABIC_RE.exec(heading);
  return arabic ? arabic[1]! : null;
}

function normalizeParens(s: string): string {
  return s.trim().replace(/^\((.*)\)$/, '（$1）');
}

function join(parts: string[]): string {
  let out = '';
  for (const part of parts) {
    // A parenthesised marker reads as part of its neighbour (二（一）), other markers are separated by a dot (二.3).
    const glued = out === '' || part.startsWith('（') || out.endsWith('）');
    out += glued ? part : `.${part}`;
  }
  return out;
}

/**
 * The number shown wherever a task is listed: the markers of its section path followed by its own number,
 * e.g. (["二、重点任务"], "3") → "二.3", (["二、重点任务", "(一)健康知识普及行动"], "1") → "二（一）1",
 * (["三、保障措施"], "(二)") → "三（二）". Null when the task has neither a number nor a marked section.
 */
export function displayNumber(path: readonly string[], number: string | null): string | null {
  const markers = path.map(headingMarker).filter((m): m is string => m !== null);
  const own = number?.trim() ? normalizeParens(number) : null;
  if (own && markers.length && own.startsWith(join(markers))) return own;
  const parts = own ? [...markers, own] : markers;
  return parts.length ? join(parts) : null;
}
