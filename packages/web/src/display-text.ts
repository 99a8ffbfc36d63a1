// Words and formats the app shows for stored values, as plain data and functions: the app's components and the
// first-screen preview (./first-screen, which must not load React or antd) both draw with them.

/** Chinese label and antd tag colour of a status id. */
export const statusText: Record<string, [string, string]> = {
  draft: ['草稿', 'default'],
  published: ['已发布', 'blue'],
  not_started: ['未开始', 'default'],
  pending: ['未开始', 'default'],
  in_progress: ['推进中', 'processing'],
  done: ['已完成', 'success'],
  behind: ['滞后', 'error'],
  completed: ['已完成', 'success'],
  suspended: ['暂缓', 'warning'],
  submitted: ['已提交', 'processing'],
  returned: ['已退回', 'error'],
  accepted: ['已采纳', 'success'],
  open: ['办理中', 'processing'],
  replied: ['已回复', 'blue'],
  closed: ['已办结', 'success'],
  overdue: ['逾期', 'error'],
  missing: ['未报送', 'warning'],
};

/** Chinese names of the supervision colours (the core domain's ids). */
export const colourLabels: Record<string, string> = {
  red: '红色预警',
  yellow: '黄色预警',
  blue: '蓝色提示',
  green: '正常',
  none: '不预警',
};

/** Label and tag colour of what a unit owes for a period (the inbox). */
export const owedStateText: Record<string, [string, string]> = {
  open: ['待报送', 'processing'],
  overdue: ['已过截止日', 'warning'],
  missing: ['逾期未报', 'error'],
};

/** A deadline list as written for people: 长期坚持 / 2026-06-30 / 2026-06-30 等3个. */
export function fmtDue(due: string[] | undefined, ongoing?: boolean): string {
  if (ongoing && (!due || due.length === 0)) return '长期坚持';
  if (!due || due.length === 0) return '—';
  return due.length === 1 ? due[0]! : `${due[0]} 等${due.length}个`;
}

/** A task's title before its text, unless the text already starts with it (numbered items often repeat it). */
export function titlePrefix(task: { title: string | null; text: string }): string {
  return task.title && !task.text.startsWith(task.title) ? `${task.title}：` : '';
}
