import { memoizedPerParse } from '../per-parse-memo.js';
import { parseDeadlineCell } from '../dates/index.js';

// "未注明完成时间的…均于12月底前完成", "完成时限栏为“—”的项目均于2024年12月底前完成", "表中“完成时限”为空的,均于…完成",
// "完成时限空白的项目,于…完成", "整改时限未填写的,于…完成", "完成时限栏未填写的,均于…完成",
// "各项目完成时限未单独注明的,均为…完成".
const BLANK_CELL =
  /(?:未(?:单独|另行|具体)?(?:注明|标注|列明|写明|明确)(?:完成)?(?:时限|时间)|(?:完成|整改|办结)?(?:时限|时间|期限)栏?(?:未|没有)(?:单独|另行|具体)?(?:填写?|注明|标注|列明|写明|明确)|[“"‘]?(?:完成)?(?:时限|时间)[”"’]?栏?(?:为|填写?为?)?(?:空白?|[“"‘]?[—\-－/]+[”"’]?)|(?:完成)?(?:时限|时间)栏?空白)的/
    .source;
const DEFAULT_NOTE = new RegExp(`${BLANK_CELL}[^。;;]{0,12}?(?:均|都)?(?:应|须|需)?(?:于|在)?((?:\\d|本|当|今|年)[^。;;,,]{1,23}?)完成`);

// "完成时限栏空白的,全年持续推进", "未注明完成时限的,均为长期坚持": an empty cell reads as an open-ended time frame.
const ONGOING_NOTE = new RegExp(
  `${BLANK_CELL}[^。;;]{0,8}?(?:均|都)?(?:为|按)?((?:全年)?(?:持续推进|长期坚持|常态化推进|长期推进|常态推进))`,
);

// "注:“全年”指2024年12月底前完成": a word used in the deadline column, defined once.
const WORD_NOTE = /[“"‘](全年|年内|年底前?)[”"’]\s*(?:是指|指|即|为)\s*(?:在|于)?([^。;;,,]{2,24}?)(?:完成|$|[。;;])/;

// A note under a table, "说明:各项实事须于2024年12月底前完成" / "注:以上项目均在11月底前完成".
const NOTE_LINE =
  /(?:^|\n)\s*(?:说明|注|备注|附注)\s*[:\uFF1A]\s*(?:各项|所有|全部|以上|上述)[^。;\uFF1B\n]{0,16}?(?:(?:均|都)?(?:应|须|需|要)?(?:于|在)([^。;\uFF1B,\uFF0C\n]{2,24}?)完成|(?:完成)?(?:时限|时间)(?:均|都)?为([^。;\uFF1B,\uFF0C\n]{2,24}))/;

/**
 * A note giving one deadline (or an open-ended time frame) to every row or item that names none, or defining a word of the deadline column
 * (`word`: only rows reading that word take it); null when the document has none.
 */
export function defaultDeadline(
  text: string,
  planYear: number | null,
): { due: string[]; ongoing: boolean; text: string; word: string | null } | null {
  const note = deadlineNote(text);
  if (!note) return null;
  const cell = parseDeadlineCell(note.when, planYear);
  return cell.due.length || cell.ongoing ? { due: cell.due, ongoing: cell.ongoing, text: note.when, word: note.word } : null;
}

// Asked of the whole document by more than one stage: its three scans run once per parse.
const deadlineNote = memoizedPerParse(
  (text: string): { when: string; word: string | null } | null => {
    const defined = WORD_NOTE.exec(text);
    const m = DEFAULT_NOTE.exec(text) ?? NOTE_LINE.exec(text);
    const when = m?.[1] ?? m?.[2] ?? defined?.[2] ?? ONGOING_NOTE.exec(text)?.[1];
    if (!when) return null;
    return { when, word: m || !defined ? null : (defined[1] ?? null) };
  },
  Infinity,
  4,
);

/** True when a task's deadline is empty or a dash ("—"), or is the word the note defines: the note speaks for it. */
export function lacksDeadline(t: { due: string[]; ongoing: boolean; deadlineText: string | null }, word: string | null = null): boolean {
  if (t.due.length || t.ongoing) return false;
  if (word !== null) return t.deadlineText?.trim() === word;
  return t.deadlineText === null || /^[—\-－/\s]+$/.test(t.deadlineText);
}

// "说明:" / "注:" / "2." in front of a note.
const NOTE_HEAD = /^\s*(?:(?:说明|注|备注|附注)\s*[:\uFF1A]\s*)?(?:\d{1,2}[.、\uFF0E]\s*)?/;

/**
 * True when a draft's first line is nothing but a default-deadline note ("说明:表中未列明完成时限的,于2024年12月底前
 * 完成。", "2.上述任务未注明完成时间的,均于11月底前完成。"): it sets the deadline of other duties and is none itself.
 */
export function isDeadlineNote(text: string): boolean {
  const line = (text.split('\n')[0] ?? '').trim();
  const rest = line.slice(NOTE_HEAD.exec(line)?.[0].length ?? 0);
  const m = DEFAULT_NOTE.exec(rest) ?? NOTE_LINE.exec(line);
  if (!m) return false;
  const before = m.input.slice(0, m.index);
  const after = m.input.slice(m.index + m[0].length);
  return /^[^,,。;;]{0,12}$/.test(before.trim()) && /^[。.;;\s]*$/.test(after);
}
