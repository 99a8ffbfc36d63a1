import { describe, expect, it } from 'vitest';
import type { DashboardView, PlanBoard } from '@duban/core';
import type { PeriodRecord, PlanRecord } from '@duban/storage';
import { composeBulletin } from '../../src/outputs/bulletin-data.js';
import { DEFAULT_BULLETIN_TEMPLATE, fillPlaceholders } from '../../src/outputs/bulletin-template.js';
import type { SupervisedTask } from '../../src/reporting/supervision-service.js';

const unit = (unitId: string, name: string) => ({ unitId, name });
const health = unit('u1', '市卫生健康委');
const school = unit('u2', '市教育局');

function task(id: string, over: Partial<SupervisedTask>): SupervisedTask {
  return {
    id,
    planId: 'p',
    kind: 'task',
    number: id,
    title: `任务${id}`,
    due: '2026-06-30',
    progress: 0,
    status: 'in_progress',
    colour: 'green',
    reasons: [],
    leadUnits: [health],
    owingUnits: [health],
    ...over,
  };
}

const tasks: SupervisedTask[] = [
  task('1', { status: 'completed', progress: 100 }),
  task('2', {
    status: 'behind',
    colour: 'red',
    progress: 20,
    reasons: [
      { ruleId: 'overdue', colour: 'red', message: '已超过完成时限' },
      { ruleId: 'due-soon', colour: 'blue', message: '15日内到期' },
    ],
  }),
  task('3', {
    leadUnits: [school],
    colour: 'yellow',
    progress: 40,
    reasons: [{ ruleId: 'lag', colour: 'yellow', message: '进度落后序时进度' }],
  }),
  task('4', {
    leadUnits: [school, health],
    status: 'not_started',
    colour: 'red',
    reasons: [{ ruleId: 'missing', colour: 'red', message: '报告缺报' }],
  }),
];
const board = {
  plan: { id: 'p', title: '健康青川行动', docNumber: null, planYear: 2026, reportingScope: 'lead', status: 'published', version: 1 },
  sections: [['一、健康知识普及行动'], ['（二）合理膳食行动', '1.细则']],
  units: [],
  tasks: tasks.map((t, i) => ({
    id: t.id,
    kind: 'task',
    number: t.number,
    displayNumber: t.number,
    title: t.title,
    text: '',
    due: [],
    ongoing: false,
    status: t.status,
    colour: t.colour,
    section: i < 2 ? 0 : 1,
    leads: [],
    participants: [],
  })),
} as PlanBoard;
const dashboard = {
  onTime: [
    { unitId: 'u1', unitName: '市卫生健康委', submitted: 6, onTime: 5, missing: 1, expected: 8, rate: 5 / 8 },
    { unitId: 'u2', unitName: '市教育局', submitted: 2, onTime: 2, missing: 0, expected: 2, rate: 1 },
  ],
  indicators: [
    {
      id: 'i',
      name: '居民健康素养水平',
      baseline: 20,
      target: 22,
      unit: '%',
      comparator: '>=',
      ownerUnitId: 'u1',
      ownerUnitName: '市卫生健康委',
      latest: 21,
      achievement: { computable: true, progress: 0.5, percent: 50, achieved: false },
    },
  ],
} as unknown as DashboardView;

describe('composeBulletin', () => {
  const data = composeBulletin({
    plan: { title: '健康青川行动', issuer: '青川市健康办' } as PlanRecord,
    period: { label: '2026年第2季度' } as PeriodRecord,
    board,
    tasks,
    dashboard,
    today: '2026-07-05',
    template: DEFAULT_BULLETIN_TEMPLATE,
    serial: '第2期',
  });

  it('counts tasks overall, per action area (outermost heading, numbering dropped) and per lead unit', () => {
    expect(data.overall).toEqual({
      total: 4,
      completed: 1,
      inProgress: 1,
      behind: 1,
      notStarted: 1,
      suspended: 0,
      completionRate: 0.25,
      averageProgress: 40,
      onTimeRate: 0.7,
    });
    expect(data.areas).toEqual([
      { name: '健康知识普及行动', total: 2, completed: 1, inProgress: 0, behind: 1, notStarted: 0, red: 1, yellow: 0 },
      { name: '合理膳食行动', total: 2, completed: 0, inProgress: 1, behind: 0, notStarted: 1, red: 1, yellow: 1 },
    ]);
    expect(data.units.map((u) => [u.name, u.total, u.red, u.yellow, u.reportsExpected, u.reportsOnTime, u.reportsMissing])).toEqual([
      ['市卫生健康委', 3, 2, 0, 8, 5, 1],
      ['市教育局', 2, 1, 1, 2, 2, 0],
    ]);
  });

  it('lists red and yellow tasks with only the reasons of their colour', () => {
    expect(data.red).toEqual([
      { number: '2', title: '任务2', leadUnits: ['市卫生健康委'], due: '2026-06-30', progress: 20, reasons: ['已超过完成时限'] },
      { number: '4', title: '任务4', leadUnits: ['市教育局', '市卫生健康委'], due: '2026-06-30', progress: 0, reasons: ['报告缺报'] },
    ]);
    expect(data.yellow.map((t) => t.reasons)).toEqual([['进度落后序时进度']]);
    expect(data.indicators[0]).toMatchObject({ achievement: 0.5, achieved: false, owner: '市卫生健康委' });
    expect(data.ranking).toBeUndefined();
  });

  it('fills the template placeholders with the period figures', () => {
    expect(data.blocks.title).toBe('关于健康青川行动2026年第2季度推进情况的通报');
    expect(data.blocks.opening).toContain('截至2026年7月5日');
    expect(data.blocks.problems).toBe(
      '仍有1项任务进度滞后，其中红色预警2项、黄色预警1项，涉及市卫生健康委、市教育局等单位；按时报送率为70.0%。',
    );
    expect(data.blocks.issuer).toBe('青川市健康办');
    expect(fillPlaceholders('{{完成率}} {{未知}}', { 完成率: '25.0%' })).toBe('25.0% {{未知}}');
  });
});
