import { parseDeadlineCell } from '../dates/index.js';

// "未注明完成时间的…均于12月底前完成", "完成时限栏为“—”的项目均于2024年12月底前完成".
const DEFAULT_NOTE =
  /(?:未(?:注明|标注|列明|写明|明确)(?:完成)?(?:时限|时间)|(?:完成)?(?:时限|时间)栏?(?:为|填写?为?)?[“"‘]?[—\-－/]+[”"’]?)的[^。;;]{0,12}?均(?:应|须|需)?(?:于|在)?([^。;;,,]{2,24}?)完成/;

// A note under a table, "说明:各项实事须于2024年12月底前完成" / "注:以上项目均在11月底前完成".
const NOTE_LINE =
  /(?:^|\n)\s*(?:说明|注|备注|附注)\s*[:\uFF1A]\s*(?:各项|所有|全部|以上|上述)[^。;\uFF1B\n]{0,16}?(?:(?:均|都)?(?:应|须|需|要)?(?:于|在)([^。;\uFF1B,\uFF0C\n]{2,24}?)完成|(?:完成)?(?:时限|时间)(?:均|都)?为([^。;\uFF1B,\uFF0C\n]{2,24}))/;

/** A note giving one deadline to every row or item that names none; null when the document has none. */
export function defaultDeadline(text: string, planYear: number | null): { due: string[]; text: string } | null {
  const m = DEFAULT_NOTE.exec(text) ?? NOTE_LINE.exec(text);
  const when = m?.[1] ?? m?.[2];
  if (!when) return null;
  const cell = parseDeadlineCell(when, planYear);
  return cell.due.length ? { due: cell.due, text: when } : null;
}

/** True when a task's deadline is empty or a dash ("—"): the default note speaks for it. */
export function lacksDeadline(t: { due: string[]; ongoing: boolean; deadlineText: string | null }): boolean {
  return !t.due.length && !t.ongoing && (t.deadlineText === null || /^[—\-－/\s]+$/.test(t.deadlineText));
}
