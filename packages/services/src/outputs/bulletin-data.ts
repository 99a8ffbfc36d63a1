import type { BulletinData, BulletinProgressRow, BulletinTextBlocks, DashboardView, PlanBoard } from '@duban/core';
import type { PeriodRecord, PlanRecord } from '@duban/storage';
import type { SupervisedTask } from '../reporting/supervision-service.js';
import { fillTemplate, type BulletinPlaceholder } from './bulletin-template.js';
import { chineseDate } from './official-docx.js';

/** What a bulletin is computed from: the plan's board, its supervision view and dashboard, on one day. */
export interface BulletinSources {
  plan: PlanRecord;
  period: PeriodRecord;
  board: PlanBoard;
  tasks: SupervisedTask[];
  dashboard: DashboardView;
  today: string;
  template: BulletinTextBlocks;
  serial: string | null;
}

type StatusKey = 'completed' | 'inProgress' | 'behind' | 'notStarted';
const STATUS_OF: Record<string, StatusKey | undefined> = {
  completed: 'completed',
  in_progress: 'inProgress',
  behind: 'behind',
  not_started: 'notStarted',
};

const emptyRow = (name: string): BulletinProgressRow => ({
  name,
  total: 0,
  completed: 0,
  inProgress: 0,
  behind: 0,
  notStarted: 0,
  red: 0,
  yellow: 0,
});

function tally(row: BulletinProgressRow, t: SupervisedTask): void {
  row.total += 1;
  const key = STATUS_OF[t.status];
  if (key) row[key] += 1;
  if (t.colour === 'red') row.red += 1;
  if (t.colour === 'yellow') row.yellow += 1;
}

/** 一、健康知识普及行动 → 健康知识普及行动 (the table's own 序号 numbers the rows). */
function areaName(heading: string | undefined): string {
  return (
    (heading ?? '')
      .replace(/^\s*(第[一二三四五六七八九十百]+[章部分节]|[一二三四五六七八九十百]+[、.．]|[(（][一二三四五六七八九十]+[)）])\s*/, '')
      .trim() || '其他'
  );
}

const pct = (v: number | null) => (v === null ? '—' : `${(v * 100).toFixed(1)}%`);

/**
 * The figures of a 情况通报 from the plan's views on one day: overall counts, a row per action area (the tasks'
 * outermost heading) and per lead unit, red and yellow lists with their reasons, indicators, and the template's
 * text blocks with every placeholder filled. `ranking` is left for the assessment service to add.
 */
export function composeBulletin(s: BulletinSources): BulletinData {
  const sectionOf = new Map(s.board.tasks.map((t) => [t.id, areaName(s.board.sections[t.section]?.[0])]));
  const areas = new Map<string, BulletinProgressRow>();
  const units = new Map<string, BulletinProgressRow>();
  for (const t of s.tasks) {
    const area = sectionOf.get(t.id) ?? '其他';
    tally(areas.get(area) ?? areas.set(area, emptyRow(area)).get(area)!, t);
    for (const u of t.leadUnits) tally(units.get(u.unitId) ?? units.set(u.unitId, emptyRow(u.name)).get(u.unitId)!, t);
  }
  const onTime = new Map(s.dashboard.onTime.map((o) => [o.unitId, o]));
  const unitRows = [...units.entries()].map(([id, row]) => {
    const o = onTime.get(id);
    return { ...row, reportsExpected: o?.expected ?? 0, reportsOnTime: o?.onTime ?? 0, reportsMissing: o?.missing ?? 0 };
  });
  const expected = s.dashboard.onTime.reduce((a, o) => a + o.expected, 0);
  const onTimeRate = expected > 0 ? s.dashboard.onTime.reduce((a, o) => a + o.onTime, 0) / expected : null;
  const count = (status: string) => s.tasks.filter((t) => t.status === status).length;
  const listed = (colour: 'red' | 'yellow') =>
    s.tasks
      .filter((t) => t.colour === colour)
      .map((t) => ({
        number: t.number,
        title: t.title ?? '(无标题)',
        leadUnits: t.leadUnits.map((u) => u.name),
        due: t.due,
        progress: Math.round(t.progress),
        reasons: t.reasons.filter((r) => r.colour === colour).map((r) => r.message),
      }));
  const red = listed('red');
  const yellow = listed('yellow');
  const overall = {
    total: s.tasks.length,
    completed: count('completed'),
    inProgress: count('in_progress'),
    behind: count('behind'),
    notStarted: count('not_started'),
    suspended: count('suspended'),
    completionRate: s.tasks.length ? count('completed') / s.tasks.length : null,
    averageProgress: s.tasks.length ? Math.round((s.tasks.reduce((a, t) => a + t.progress, 0) / s.tasks.length) * 10) / 10 : null,
    onTimeRate,
  };
  const laggards = [...new Set(s.tasks.filter((t) => t.colour === 'red').flatMap((t) => t.leadUnits.map((u) => u.name)))];
  const values: Record<BulletinPlaceholder, string> = {
    计划名称: s.plan.title ?? '',
    期间: s.period.label,
    截止日期: chineseDate(s.today),
    任务总数: String(overall.total),
    已完成: String(overall.completed),
    推进中: String(overall.inProgress),
    滞后: String(overall.behind),
    未开始: String(overall.notStarted),
    完成率: pct(overall.completionRate),
    平均进度: overall.averageProgress === null ? '—' : `${overall.averageProgress.toFixed(1)}%`,
    红色数: String(red.length),
    黄色数: String(yellow.length),
    滞后单位: laggards.length ? laggards.join('、') : '无',
    按时报送率: pct(onTimeRate),
    发文机关: s.plan.issuer ?? '',
  };
  return {
    planTitle: s.plan.title ?? '',
    periodLabel: s.period.label,
    asOf: s.today,
    date: s.today,
    serial: s.serial,
    blocks: fillTemplate(s.template, values),
    overall,
    areas: [...areas.values()],
    units: unitRows,
    red,
    yellow,
    indicators: s.dashboard.indicators.map((i) => ({
      name: i.name,
      unit: i.unit,
      baseline: i.baseline,
      target: i.target,
      comparator: i.comparator,
      latest: i.latest,
      achievement: i.achievement?.computable ? i.achievement.progress : null,
      achieved: i.achievement?.achieved ?? false,
      owner: i.ownerUnitName,
    })),
  };
}
