import type { Reading } from './indicator-reading.js';
import { findQuantities, type Quantity } from './indicator-numbers.js';
import { QuotedSpans } from './indicator-text.js';

/**
 * Cells of a 创建 / 考核 table read as prose (标准要求 | 现状 | 差距 | 整改措施 | 分值 | 评分标准): only the standard and
 * the work set targets. A scoring rule ("每低1个百分点扣2分", "开放率达到60%得满分") says how marks are given, a gap
 * ("低1.6个百分点", "尚有9个机关未达标") how far the present falls short, and a 现状 cell is the target's baseline.
 */

/** A mark given or taken ("扣2分", "得满分", "不得分", "扣完为止"): the clause is a scoring rule. */
const SCORING_RE =
  /(?:扣|得|加|计|记|减)\s*\d+(?:\.\d+)?\s*分(?![钟之类级批期区局院])|(?:得|计|记|给)满分|不得分|不计分|扣完为止|酌情(?:扣|加|给)分/;
/** A clause that opens on a shortfall ("低1.6个百分点", "缺口约40座", "尚有9个…"); not a bound (低于, 少于). */
const SHORTFALL_OPEN_RE = /^(?:约|仍|尚|还)?(?:(?:低|高|差|少)约?\s*\d|相差|缺口|尚有|尚差|仍有|还有|还差|尚缺)/;
/** "约300家未完成改造", "11家单位未办证": a count of what is still undone, with no verb of its own before it. */
const UNDONE_BEFORE_RE = /^(?:约|尚有|仍有|还有|共有|有)?$/;
const UNDONE_AFTER_RE = /^\p{Script=Han}{0,6}未\p{Script=Han}{1,6}$/u;

/** The clause holding [start, end) within its own line: cells are lines, so a line break always ends it. */
function cellClause(half: string, start: number, end: number): { from: number; to: number } {
  const lineFrom = half.lastIndexOf('\n', start - 1) + 1;
  const nl = half.indexOf('\n', end);
  const lineTo = nl < 0 ? half.length : nl;
  let from = lineFrom;
  for (let k = start - 1; k >= lineFrom; k--) {
    if (/[,;;。,]/.test(half[k] ?? '')) {
      from = k + 1;
      break;
    }
  }
  let to = lineTo;
  for (let k = end; k < lineTo; k++) {
    if (/[,;;。,]/.test(half[k] ?? '')) {
      to = k;
      break;
    }
  }
  return { from, to };
}

/** Whether a quantity sits in a scoring rule or a statement of a gap rather than a target. */
export function isScoringOrGap(half: string, q: Quantity): boolean {
  const { from, to } = cellClause(half, q.start, q.end);
  const clause = half.slice(from, to).trim();
  if (SCORING_RE.test(clause)) return true;
  if (SHORTFALL_OPEN_RE.test(clause)) return true;
  const before = half.slice(from, q.start).trim();
  const after = half.slice(q.end, to).trim();
  return UNDONE_BEFORE_RE.test(before) && UNDONE_AFTER_RE.test(after);
}

/** A status line's own words: no comparator, no verb of work, no target word. */
const NOT_STATUS_RE =
  /达到|达|不低于|不少于|不高于|不超过|至少|超过|提高|提升|降低|下降|控制|保持|确保|力争|完成|新建|建成|建设|改造|目标|以上|以下|以内|[≥≤<>]/;

/** What a measure's name ends in. */
const MEASURE_NAME_RE = /(?:率|数|量|水平|比例|占比|比重|密度|指数|浓度|面积|寿命)$/;

/** Whether a baseline is on the near side of its target, as a present value is. */
function behind(baseline: number, r: Reading): boolean {
  if (r.comparator === '>=') return baseline <= r.q.value;
  if (r.comparator === '<=') return baseline >= r.q.value;
  return r.comparator === '=';
}

/**
 * "居民健康素养水平≥28%" ⏎ "26.4%", "卫生户厕普及率达到85%以上" ⏎ "卫生户厕普及率81.6%": the line right after a target's
 * line that states one value of the same measure with no comparator (the 现状 cell) is the target's baseline. Sets it in
 * place and drops that line's own reading, if any.
 */
export function foldStatusLines(half: string, readings: Reading[]): void {
  for (const r of [...readings]) {
    if (r.baseline !== null || !readings.includes(r)) continue;
    // Only a level has a present value ("…率", "座/平方公里"); a count of work ("新增…事项12个" ⏎ "12个") is restated.
    if (!MEASURE_NAME_RE.test(r.name.replace(/\s+/g, '')) && !/^(?:%|‰|‱)$|\//.test(r.q.unit)) continue;
    const nl = half.indexOf('\n', r.q.end);
    if (nl < 0) continue;
    const lineStart = half.lastIndexOf('\n', r.q.start - 1) + 1;
    const next = half.indexOf('\n', nl + 1);
    const line = half.slice(nl + 1, next < 0 ? half.length : next);
    // The target's line holds it alone, and it closes that line ("…≥28%", "…达到85%以上").
    if (readings.some((o) => o !== r && o.q.start >= lineStart && o.q.start < nl)) continue;
    if (!/^\s*$/.test(half.slice(r.q.end, nl))) continue;
    const qs = findQuantities(line, new QuotedSpans(line));
    const q = qs[0];
    if (qs.length !== 1 || !q || q.bound !== null) continue;
    const unit = (s: string) => s.replace(/\s+/g, '');
    if (unit(q.unit) !== unit(r.q.unit) || q.unit === '') continue;
    const rest = (line.slice(0, q.start) + line.slice(q.end)).replace(/\s+/g, '');
    if (NOT_STATUS_RE.test(rest)) continue;
    // Empty, or the measure named again ("卫生户厕普及率", "开课率"): words of the target's line that name a measure,
    // not a verb of a stage ("培训500人次" under "开展职业技能培训2000人次").
    if (rest !== '' && (!MEASURE_NAME_RE.test(rest) || !half.slice(lineStart, r.q.start).replace(/\s+/g, '').includes(rest))) continue;
    if (!behind(q.value, r)) continue;
    r.baseline = q.value;
    const own = readings.findIndex((o) => o.q.start === nl + 1 + q.start);
    if (own >= 0) readings.splice(own, 1);
  }
}

/**
 * "卫生户厕普及率达到85%以上" … "完成问题户厕整改,确保普及率达到85%以上": a later line that states the same value of the
 * same measure (its name a part of the first one's) restates the target: the two are read as one, in place.
 */
export function dropRestatedTargets(half: string, readings: Reading[]): void {
  for (let i = readings.length - 1; i > 0; i--) {
    const r = readings[i] as Reading;
    const name = r.name.replace(/\s+/g, '');
    if (name.length < 2) continue;
    const first = readings.find(
      (o, k) =>
        k < i &&
        o.group !== r.group &&
        o.q.value === r.q.value &&
        o.q.unit === r.q.unit &&
        half.slice(o.q.end, r.q.start).includes('\n') &&
        o.name.replace(/\s+/g, '').endsWith(name),
    );
    if (!first) continue;
    // A bare cell ("培训2000人次" in a stage column) adds nothing. A statement with its own comparator ("确保普及率达到
    // 85%以上") is what the duty commits to: it stands, and the standard gives it its full name and baseline.
    if (!r.explicit) {
      readings.splice(i, 1);
      continue;
    }
    r.name = first.name;
    r.baseline ??= first.baseline;
    readings.splice(readings.indexOf(first), 1);
    i--;
  }
}
