import { isBodyTerminator, type Line } from './lines.js';
import { headerRole, type ColumnRole } from './table-columns.js';
import { readMarker } from './numbering.js';
import { findInlineList } from './inline-list.js';
import { trimEndChars } from './text-trim.js';
import type { ParsedTable, RowDraft } from './table-rows.js';

interface LabelAt {
  role: ColumnRole;
  /** Value written on the same line after "label:", or null when the value follows on the next line(s). */
  inline: string | null;
}

/** "重点任务" alone on a line, or "重点任务:…". */
function labelOf(text: string): LabelAt | null {
  const m = /^([^::]{1,10})[::]\s*(.*)$/.exec(text);
  if (m) {
    const role = headerRole(m[1] ?? '');
    if (role) return { role, inline: (m[2] ?? '').trim() };
  }
  const role = headerRole(text);
  return role ? { role, inline: null } : null;
}

/**
 * Records written as label/value pairs, one record per duty: "重点任务" ⏎ text ⏎ "牵头单位" ⏎ X ⏎ "完成时限" ⏎ date,
 * or "重点任务:…" ⏎ "牵头单位:…". A record opens at a task (or 序号) label. Returns null unless at least one
 * record names a task and a unit or deadline.
 */
export function recordsAt(lines: Line[], from: number): { from?: number; to: number; table: ParsedTable } | null {
  const inline = inlineRecordsAt(lines, from);
  if (inline) return inline;
  return fieldRecordsAt(lines, from);
}

/** "【序号】1【督办事项】…【责任单位】…【办结时限】…": a label in 【】 opening the line, as a line's first field. */
const BRACKET_FIELD = /【([^【】]{1,10})】/g;

/**
 * One record per line, its fields run together with 【label】 heads ("【序号】1【督办事项】X【责任单位】Y【评价】绿").
 * Each line's fields are read as the lines of a record; fields of no known role are left out.
 */
function inlineRecordsAt(lines: Line[], from: number): { to: number; table: ParsedTable } | null {
  const fields = (line: Line): Line[] | null => {
    if (!line.text.startsWith('【')) return null;
    const heads = [...line.text.matchAll(BRACKET_FIELD)];
    if (heads.length < 3 || heads[0]?.index !== 0) return null;
    const out: Line[] = [];
    heads.forEach((h, i) => {
      const at = (h.index ?? 0) + h[0].length;
      const to = heads[i + 1]?.index ?? line.text.length;
      const label = h[1] ?? '';
      if (!headerRole(label)) return;
      const text = `${label}:${line.text.slice(at, to).trim()}`;
      out.push({ text, start: line.start + (h.index ?? 0), end: line.start + to, line: line.line });
    });
    const role = labelOf(out[0]?.text ?? '')?.role;
    return role === 'task' || role === 'num' ? out : null;
  };
  const expanded: Line[] = [];
  let k = from;
  for (; k < lines.length; k++) {
    const f = fields(lines[k] as Line);
    if (!f) break;
    expanded.push(...f);
  }
  if (k === from) return null;
  const read = fieldRecordsAt(expanded, 0);
  return read && read.to === expanded.length ? { to: k, table: read.table } : null;
}

/** A field line of a record that names no role ("整改目标:…"). */
const OTHER_FIELD = /^\s*[\p{Script=Han}]{2,8}\s*[::]/u;

/** A finding heading a ledger record: "问题1:", "反馈问题3:", "审计发现问题:"; group 1 is its number. */
const FINDING_HEAD = /^[\p{Script=Han}]{0,6}(?:问题|事项)\s*([\d一二三四五六七八九十]{1,3})?\s*[::]/u;

/** A space before another "label:" field on the same line ("责任科室:X  配合单位:Y"). */
const NEXT_FIELD = /\s+(?=([^\s::,,。;;、]{2,10})[::])/g;

/** A line of several "label:value" fields separated by spaces, cut into one line per field of a known role. */
function splitFields(line: Line): Line[] {
  const cuts: number[] = [];
  for (const m of line.text.matchAll(NEXT_FIELD)) if (headerRole(m[1] ?? '')) cuts.push((m.index ?? 0) + m[0].length);
  if (!cuts.length) return [line];
  const out: Line[] = [];
  let from = 0;
  for (const to of [...cuts, line.text.length]) {
    const text = line.text.slice(from, to).trim();
    if (text) out.push({ text, start: line.start + from, end: line.start + to, line: line.line });
    from = to;
  }
  return out;
}

function fieldRecordsAt(source: Line[], at: number): { from: number; to: number; table: ParsedTable } | null {
  const first = labelOf(source[at]?.text ?? '');
  if (!first || (first.role !== 'task' && first.role !== 'num')) return null;
  // "1.项目名称" ⏎ "建设内容:…" ⏎ "责任单位:…": the numbered line names the duty; its labelled lines belong to the item.
  // The same when the item's role lines come first ("1.X工程" ⏎ "责任单位:…" ⏎ "建设内容:…"): walk back over them.
  // Fields of no role ("整改目标:…") may sit between: "1.反馈问题:X" ⏎ "整改目标:…" ⏎ "整改措施:…" ⏎ "责任单位:…" is one item.
  let back = at - 1;
  let otherFields = 0;
  while (first.role === 'task' && back >= 0 && back > at - 12) {
    const t = source[back]?.text ?? '';
    const l = labelOf(t);
    if (l ? l.role === 'task' : !OTHER_FIELD.test(t) || readMarker(t)) break;
    if (!l) otherFields++;
    back--;
  }
  const before = source[back]?.text ?? '';
  if (first.role === 'task' && (before.length <= 40 || otherFields) && readMarker(before) && !labelOf(before)) return null;
  // "问题1:X" ⏎ "整改目标:…" ⏎ "整改措施:…" ⏎ "责任处室:…": the finding heads the record and names its duty.
  const head = first.role === 'task' && back >= 0 && FINDING_HEAD.exec(before);
  const headFrom = head && back < at ? back : at;
  // The record's lines from `at` on, fields written side by side cut apart as they are reached; `origin` maps
  // them back to the source lines.
  const lines: Line[] = [];
  const origin: number[] = [];
  let read = headFrom;
  const has = (k: number): boolean => {
    for (; lines.length <= k && read < source.length; read++) {
      for (const f of splitFields(source[read] as Line)) {
        lines.push(f);
        origin.push(read);
      }
    }
    return k < lines.length;
  };
  const from = 0;
  const rows: RowDraft[] = [];
  const roles = new Set<ColumnRole>();
  let cur: RowDraft | null = null;
  let k = from;
  // The finding and the fields of no role under it open the first row's duty text.
  const preface: string[] = [];
  while (headFrom < at && has(k) && (origin[k] ?? at) < at) preface.push((lines[k++] as Line).text);
  while (has(k)) {
    const line = lines[k] as Line;
    const label = labelOf(line.text);
    if (!label) break;
    if (label.role === 'task' || label.role === 'num') {
      if (cur && (label.role === 'num' || cur.task.length)) rows.push(cur);
      if (!cur || label.role === 'num' || cur.task.length) {
        cur = { number: null, task: [], units: [], deadline: [], start: line.start, end: line.end, line: line.line, category: [] };
      }
    }
    if (!cur) break;
    if (preface.length) {
      const headLine = lines[0] as Line;
      cur.task.push(preface.join('\n'));
      cur.number = head ? (head[1] ?? null) : null;
      cur.start = headLine.start;
      cur.line = headLine.line;
      preface.length = 0;
    }
    let value = label.inline;
    let next = k + 1;
    if (value === null || value === '') {
      // The value is on the following line(s); only duty text runs over several lines.
      const parts: string[] = [];
      while (has(next) && !labelOf(lines[next]?.text ?? '') && !isBodyTerminator(lines[next]?.text ?? '')) {
        // A numbered line opens an item of the outline: "任务" (the tail of a broken title) ⏎ "一、…" ⏎ "1.…" is no record.
        if (parts.length && readMarker(lines[next]?.text ?? '')) break;
        parts.push(lines[next]?.text ?? '');
        next++;
        if (label.role !== 'task') break;
      }
      value = parts.join('\n');
    }
    roles.add(label.role);
    if (value) {
      if (label.role === 'task') cur.task.push(value);
      else if (label.role === 'num') cur.number = value;
      else if (label.role === 'lead' || label.role === 'part' || label.role === 'resp') cur.units.push({ role: label.role, text: value });
      else if (label.role === 'deadline') cur.deadline.push(value);
    }
    cur.end = (lines[next - 1] ?? line).end;
    k = next;
  }
  if (cur) rows.push(cur);
  const useful = rows.flatMap(listedDuties).filter((r) => r.task.length && (r.units.length || r.deadline.length));
  if (!useful.length) return null;
  const last = lines[k - 1] as Line;
  const start = lines[from] as Line;
  return {
    from: headFrom,
    to: (origin[k - 1] ?? at) + 1,
    table: {
      kind: 'task',
      roles: [...roles],
      rows: useful,
      grid: [],
      start: start.start,
      end: last.end,
      line: start.line,
      unparsed: [],
      header: [],
      indicatorRows: [],
    },
  };
}

/** "整改措施:(1)…;(2)…;(3)…": a duty field holding a list on one line is one duty per item, sharing the record's fields. */
function listedDuties(row: RowDraft): RowDraft[] {
  const text = row.task.length === 1 ? (row.task[0] ?? '') : '';
  const list = text ? findInlineList(text) : null;
  if (!list || (list.items[0]?.from ?? 0) > (readMarker(text)?.length ?? 0) || list.tail) return [row];
  return list.items.map((it) => ({ ...row, number: it.number, task: [trimEndChars(text.slice(it.from, it.to).trim(), ';;,,')] }));
}
