export { notifyNoticeIssued, notifyReportReturned, notifyScorePublished, type ScorePublished } from './event-notifications.js';
export { runDeadlineSweep, type SweepOptions, type SweepResult } from './deadline-sweep.js';
