import { findTask, insertNotifications, type Db, type NoticeRecord, type ReportRecord } from '@duban/storage';
import { taskLabel } from '../plans/plan-adjustments.js';

async function labelOf(tx: Db, taskId: string): Promise<string> {
  const task = await findTask(tx, taskId);
  return task ? taskLabel(task) : '（已删除的任务）';
}

/** Tells the reporting unit (its liaisons read unit notifications) that the office returned its report. Call inside the write. */
export async function notifyReportReturned(
  tx: Db,
  report: Pick<ReportRecord, 'id' | 'taskId' | 'unitId'>,
  reason: string,
): Promise<number> {
  // The reason stays out of the in-app text: the report it links to shows it right there.
  return insertNotifications(tx, [report.unitId], {
    kind: 'report_returned',
    text: `任务 ${await labelOf(tx, report.taskId)} 的报送被退回，请查看退回理由，修改后重新报送。`,
    link: `/tasks/${report.taskId}`,
    detail: `退回理由：${reason.slice(0, 500)}`,
  });
}

/** Tells the unit a 督办单 was issued to it. Call inside the write. */
export async function notifyNoticeIssued(
  tx: Db,
  notice: Pick<NoticeRecord, 'id' | 'number' | 'taskId' | 'unitId' | 'due' | 'reason'>,
): Promise<number> {
  return insertNotifications(tx, [notice.unitId], {
    kind: 'notice_received',
    text: `收到督办单 ${notice.number}（任务 ${await labelOf(tx, notice.taskId)}），请于 ${notice.due} 前办理回复。`,
    link: `/tasks/${notice.taskId}`,
    detail: `督办事由：${notice.reason.slice(0, 500)}`,
  });
}

/** What a published score tells the units it concerns. */
export interface ScorePublished {
  /** The assessment (or scoring run) published: one notification per unit per assessment, however often this is called. */
  assessmentId: string;
  /** Shown in the text, e.g. "2026 年第三季度考核". */
  title: string;
  unitIds: string[];
  /** Where the unit reads its score. */
  link: string | null;
}

/**
 * Tells each unit that a score of it was published (in-app, and outbound through its channels). Call it inside
 * the transaction that publishes the score, e.g. `await notifyScorePublished(tx, {...})` within `write(ctx, …)`,
 * so the notification and its outbox rows exist exactly when the publication does. Returns how many units were
 * newly told.
 */
export async function notifyScorePublished(tx: Db, p: ScorePublished): Promise<number> {
  return insertNotifications(tx, p.unitIds, {
    kind: 'score_published',
    text: `${p.title}结果已发布，请查看本单位得分。`,
    link: p.link,
    dedupeKey: `score_published:${p.assessmentId}`,
  });
}
