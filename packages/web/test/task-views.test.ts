// The plan view's and dashboard's pure helpers: filtering, the section tree, deadlines per month, action areas.
import { describe, expect, it } from 'vitest';
import { deadlinesByMonth, filterTasks, sectionTree } from '../src/pages/plan/filter-tasks.js';
import { byArea, overallOnTime, pct, type DashboardResponse } from '../src/pages/dashboard/dashboard-data.js';
import type { Task } from '../src/api/types.js';

function task(id: string, over: Partial<Task>): Task {
  return {
    id,
    planId: 'p',
    ordinal: 0,
    kind: 'task',
    number: id,
    displayNumber: id,
    path: [],
    title: null,
    text: '',
    units: [],
    lead: [],
    participants: [],
    due: [],
    ongoing: false,
    deadlineText: null,
    milestones: [],
    source: null,
    status: 'not_started',
    statusLabel: '未开始',
    colour: 'green',
    version: 1,
    updatedAt: '',
    ...over,
  };
}

const tasks = [
  task('1', {
    path: ['二、重点任务', '(一)健康知识普及行动'],
    text: '建立健康科普专家库',
    due: ['2026-03-31'],
    colour: 'red',
    status: 'behind',
    units: [{ id: 'a', name: '县卫健局', unitId: 'u1', unitName: '县卫生健康局', role: 'lead' }],
  }),
  task('2', {
    path: ['二、重点任务', '(一)健康知识普及行动'],
    text: '开展健康素养监测',
    due: ['2026-09-30'],
    colour: 'yellow',
    status: 'completed',
    units: [{ id: 'b', name: '县教育体育局', unitId: 'u2', unitName: '县教育体育局', role: 'lead' }],
  }),
  task('3', {
    path: ['二、重点任务', '(二)全民健身行动'],
    text: '完善全民健身设施',
    due: ['2026-09-15'],
    colour: 'yellow',
    units: [{ id: 'c', name: '县卫生健康局', unitId: 'u1', unitName: '县卫生健康局', role: 'participant' }],
  }),
  task('4', { path: ['三、保障措施'], text: '加强组织领导', ongoing: true, colour: 'none' }),
];

describe('plan view filters', () => {
  it('filters by unit (lead or participant), colour, status, deadline, section and text', () => {
    expect(filterTasks(tasks, { unit: 'u1' }).map((t) => t.id)).toEqual(['1', '3']);
    expect(filterTasks(tasks, { colour: 'yellow' }).map((t) => t.id)).toEqual(['2', '3']);
    expect(filterTasks(tasks, { status: 'completed' }).map((t) => t.id)).toEqual(['2']);
    expect(filterTasks(tasks, { dueBefore: '2026-09-20' }).map((t) => t.id)).toEqual(['1', '3']);
    expect(filterTasks(tasks, { section: '二、重点任务 / (一)健康知识普及行动' }).map((t) => t.id)).toEqual(['1', '2']);
    expect(filterTasks(tasks, { q: '健身' }).map((t) => t.id)).toEqual(['3']);
    expect(filterTasks(tasks, { q: '县教育体育局' }).map((t) => t.id)).toEqual(['2']);
    expect(filterTasks(tasks, { unit: 'u1', colour: 'red' }).map((t) => t.id)).toEqual(['1']);
  });

  it('builds the section tree with counts', () => {
    const tree = sectionTree(tasks);
    expect(tree.map((n) => [n.title, n.count])).toEqual([
      ['二、重点任务', 3],
      ['三、保障措施', 1],
    ]);
    expect(tree[0]!.children.map((n) => [n.key, n.count])).toEqual([
      ['二、重点任务 / (一)健康知识普及行动', 2],
      ['二、重点任务 / (二)全民健身行动', 1],
    ]);
  });

  it('counts deadlines per month by colour, leaving out open-ended tasks', () => {
    const { months, counts } = deadlinesByMonth(tasks);
    expect(months).toEqual(['2026-03', '2026-09']);
    expect(counts.red).toEqual([1, 0]);
    expect(counts.yellow).toEqual([0, 2]);
  });
});

describe('dashboard figures', () => {
  it('groups tasks by action area, looking below a generic 重点任务 heading', () => {
    expect(byArea(tasks)).toEqual([
      { area: '(一)健康知识普及行动', total: 2, completed: 1 },
      { area: '(二)全民健身行动', total: 1, completed: 0 },
      { area: '三、保障措施', total: 1, completed: 0 },
    ]);
  });

  it('turns rates into percentages and sums the on-time rate over units', () => {
    expect(pct(0.8333)).toBe(83.3);
    expect(pct(null)).toBeNull();
    const d = {
      onTime: [
        { expected: 3, onTime: 2 },
        { expected: 1, onTime: 1 },
      ],
    } as unknown as DashboardResponse;
    expect(overallOnTime(d)).toBe(75);
    expect(overallOnTime({ onTime: [] } as unknown as DashboardResponse)).toBeNull();
  });
});
