/** How each notification kind is labelled and coloured (the bell and the inbox panel). */
export const NOTIFICATION_KINDS: Record<string, [string, string]> = {
  task_adjusted: ['任务调整', 'blue'],
  task_removed: ['任务删除', 'default'],
  instruction: ['领导批示', 'red'],
  report_returned: ['报送被退回', 'orange'],
  notice_received: ['收到督办单', 'volcano'],
  report_due: ['报送即将到期', 'gold'],
  deadline_passed: ['报送已逾期', 'red'],
  score_published: ['考核结果发布', 'green'],
};
