import { describe, expect, it } from 'vitest';
import { rubricSchema, type Rubric } from '../../src/api/assessment-rubric.js';
import { rankAndGrade, scoreAssessment, type AssessmentFacts } from '../../src/domain/index.js';

// A hand-computed period (2026-01-01 … 2026-06-30). Every expected line below is worked out by hand from the
// facts; the comments give the arithmetic.
const rubric: Rubric = rubricSchema.parse({
  base: 60,
  rules: [
    { id: 'task-on-time', kind: 'task_on_time', label: '任务按时完成', points: 5, cap: 20 },
    { id: 'report-on-time', kind: 'report_on_time', label: '按时报送', points: 1 },
    { id: 'indicator', kind: 'indicator', label: '指标达成', points: 10 },
    { id: 'task-overdue', kind: 'task_overdue', label: '任务逾期', points: 2 },
    { id: 'report-returned', kind: 'report_returned', label: '报送被退回', points: 1 },
    { id: 'report-missing', kind: 'report_missing', label: '应报未报', points: 2 },
    { id: 'notice-unanswered', kind: 'notice_unanswered', label: '督办单未回复', points: 5 },
  ],
  shares: { lead: 1, participant: 0.5 },
  bonusCap: 3,
  vetoItems: [{ id: 'accident', label: '发生重大责任事故' }],
  indicatorWeights: { I2: 2 },
  grading: {
    mode: 'thresholds',
    bands: [
      { grade: '优秀', min: 70 },
      { grade: '良好', min: 65 },
      { grade: '一般', min: 60 },
      { grade: '较差', min: -1000 },
    ],
  },
});

const q1 = { start: '2026-01-01', due: '2026-04-05', windowEnd: '2026-04-08' };
const q2 = { start: '2026-04-01', due: '2026-07-05', windowEnd: '2026-07-08' };

const facts: AssessmentFacts = {
  start: '2026-01-01',
  end: '2026-06-30',
  units: [
    { unitId: 'A', name: '卫健委' },
    { unitId: 'B', name: '教育局' },
    { unitId: 'C', name: '体育局' },
    { unitId: 'D', name: '民政局' },
  ],
  tasks: [
    {
      id: 'T1',
      label: '一.1 全民健身',
      due: '2026-03-31',
      status: 'completed',
      completedOn: '2026-03-20',
      units: [
        { unitId: 'A', role: 'lead' },
        { unitId: 'B', role: 'participant' },
      ],
    },
    {
      id: 'T2',
      label: '一.2 控烟',
      due: '2026-05-31',
      status: 'behind',
      completedOn: null,
      units: [
        { unitId: 'B', role: 'lead' },
        { unitId: 'A', role: 'participant' },
      ],
    },
    {
      id: 'T3',
      label: '一.3 健康教育',
      due: '2026-06-15',
      status: 'completed',
      completedOn: '2026-06-20',
      units: [{ unitId: 'A', role: 'lead' }],
    },
    {
      id: 'T4',
      label: '一.4 明年任务',
      due: '2026-12-31',
      status: 'in_progress',
      completedOn: null,
      units: [{ unitId: 'A', role: 'lead' }],
    },
    { id: 'T5', label: '一.5 暂缓任务', due: '2026-04-30', status: 'suspended', completedOn: null, units: [{ unitId: 'B', role: 'lead' }] },
    {
      id: 'T6',
      label: '一.6 截止日到期',
      due: '2026-06-30',
      status: 'in_progress',
      completedOn: null,
      units: [{ unitId: 'D', role: 'lead' }],
    },
    { id: 'T7', label: '一.7 上年遗留', due: '2025-12-31', status: 'behind', completedOn: null, units: [{ unitId: 'D', role: 'lead' }] },
  ],
  reportSlots: [
    { taskId: 'T1', unitId: 'A', label: '一.1 / 第1季度', ...q1, reportId: 'r1', submittedOn: '2026-04-03', onTime: true },
    { taskId: 'T3', unitId: 'A', label: '一.3 / 第1季度', ...q1, reportId: 'r2', submittedOn: '2026-04-07', onTime: false },
    { taskId: 'T2', unitId: 'B', label: '一.2 / 第1季度', ...q1, reportId: null, submittedOn: null, onTime: null },
    { taskId: 'T7', unitId: 'D', label: '一.7 / 第1季度', ...q1, reportId: 'r4', submittedOn: '2026-04-01', onTime: true },
    // Due after the cut-off: belongs to the next period.
    { taskId: 'T1', unitId: 'A', label: '一.1 / 第2季度', ...q2, reportId: null, submittedOn: null, onTime: null },
  ],
  returns: [{ reportId: 'r2', taskId: 'T3', unitId: 'A', label: '一.3 / 第1季度', due: '2026-04-05', on: '2026-04-10' }],
  indicators: [
    { id: 'I1', name: '人均预期寿命', ownerUnitId: 'A', comparator: '>=', baseline: 78, target: 79, unit: '岁', value: 78.5 },
    { id: 'I2', name: '成人吸烟率', ownerUnitId: 'B', comparator: '<=', baseline: 25, target: 20, unit: '%', value: 22 },
    { id: 'I3', name: '养老机构医养结合率', ownerUnitId: 'D', comparator: '>=', baseline: 50, target: 80, unit: '%', value: null },
  ],
  notices: [
    { id: 'N1', number: '督办〔2026〕第1号', unitId: 'B', due: '2026-05-10', answeredOn: null },
    { id: 'N2', number: '督办〔2026〕第2号', unitId: 'A', due: '2026-05-20', answeredOn: '2026-05-18' },
    { id: 'N3', number: '督办〔2026〕第3号', unitId: 'D', due: '2026-07-10', answeredOn: null },
  ],
  bonuses: [
    { id: 'b1', unitId: 'A', points: 2, reason: '经验被省级推广' },
    { id: 'b2', unitId: 'A', points: 2, reason: '市领导批示肯定' },
    { id: 'b3', unitId: 'D', points: 3, reason: '国家级表彰' },
  ],
  vetoes: [{ id: 'v1', unitId: 'D', itemId: 'accident', reason: '3月发生养老机构火灾' }],
};

describe('scoreAssessment on a hand-computed period', () => {
  const scores = scoreAssessment(rubric, facts);
  const byUnit = new Map(scores.map((s) => [s.unitId, s]));
  const summary = (unitId: string) => byUnit.get(unitId)!.lines.map((l) => [l.ruleId, l.points, l.refs]);

  it('explains every point of the lead unit A: 60 + 5 + 1 + 5 − 1 − 2 − 1 + 2 + 2 − 1 = 70', () => {
    expect(summary('A')).toEqual([
      ['task-on-time', 5, { taskId: 'T1' }], // T1 lead, done 03-20 ≤ 03-31: 5 × 1
      ['report-on-time', 1, { taskId: 'T1', reportId: 'r1' }], // r1 04-03 ≤ 04-05; r2 (04-07) was late: nothing
      ['indicator', 5, { indicatorId: 'I1' }], // 78 → 79, 78.5 reported: 50% × 10
      ['task-overdue', -1, { taskId: 'T2' }], // T2 participant, open after 05-31: 2 × 0.5
      ['task-overdue', -2, { taskId: 'T3' }], // T3 lead, done 06-20 > 06-15: 2 × 1
      ['report-returned', -1, { taskId: 'T3', reportId: 'r2' }],
      ['bonus', 2, { bonusId: 'b1' }],
      ['bonus', 2, { bonusId: 'b2' }],
      ['bonus:cap', -1, {}], // 4 > cap 3
    ]);
    expect(byUnit.get('A')!.total).toBe(70);
    expect(byUnit.get('A')!.lines.find((l) => l.ruleId === 'task-overdue')!.detail).toBe(
      '一.2 控烟（配合×0.5）期限 2026-05-31，截至 2026-06-30 未办结',
    );
  });

  it('scores B: 60 + 2.5 + 12 − 2 − 2 − 5 = 65.5 (participant share, weighted lower-is-better indicator)', () => {
    expect(summary('B')).toEqual([
      ['task-on-time', 2.5, { taskId: 'T1' }], // T1 participant: 5 × 0.5
      ['indicator', 12, { indicatorId: 'I2' }], // 25 → 20, 22 reported: 60% × 10 × weight 2
      ['task-overdue', -2, { taskId: 'T2' }], // T5 is suspended: no deduction
      ['report-missing', -2, { taskId: 'T2' }], // window closed 04-08
      ['notice-unanswered', -5, { noticeId: 'N1' }],
    ]);
    expect(byUnit.get('B')!.total).toBe(65.5);
  });

  it('gives a unit with no tasks the base score and says why', () => {
    const c = byUnit.get('C')!;
    expect(c).toMatchObject({ total: 60, lines: [], vetoed: false, notes: ['本方案中没有该单位承担的任务'] });
  });

  it('explains missing data with zero-point lines and scores the veto unit normally: 60 + 1 + 0 − 2 + 3 = 62', () => {
    expect(summary('D')).toEqual([
      ['report-on-time', 1, { taskId: 'T7', reportId: 'r4' }],
      ['indicator', 0, { indicatorId: 'I3' }], // no value reported
      ['task-overdue', -2, { taskId: 'T7' }], // due last year, still open at the cut-off; T6 is due on the cut-off day itself
      ['bonus', 3, { bonusId: 'b3' }],
    ]);
    const d = byUnit.get('D')!;
    expect(d.lines[1]!.detail).toBe('养老机构医养结合率：未报送数值，不得分');
    expect(d).toMatchObject({
      total: 62,
      vetoed: true,
      vetoes: [{ itemId: 'accident', label: '发生重大责任事故', reason: '3月发生养老机构火灾' }],
    });
  });

  it('always adds up: total = base + the sum of the lines', () => {
    for (const s of scores) expect(s.total).toBeCloseTo(s.base + s.lines.reduce((sum, l) => sum + l.points, 0), 9);
  });

  it('ranks the veto unit last with the last grade although it outscored C', () => {
    const ranked = rankAndGrade(
      scores.map((s) => ({ unitId: s.unitId, score: s.total, vetoed: s.vetoed })),
      rubric.grading,
    );
    expect(ranked.map((r) => [r.unitId, r.score, r.rank, r.grade])).toEqual([
      ['A', 70, 1, '优秀'],
      ['B', 65.5, 2, '良好'],
      ['C', 60, 3, '一般'],
      ['D', 62, 4, '较差'],
    ]);
  });
});

describe('scoring rules at their edges', () => {
  const one = (over: Partial<Rubric>, f: Partial<AssessmentFacts>) => scoreAssessment({ ...rubric, ...over }, { ...facts, ...f })[0]!;

  it('caps a rule with a trimming line, and 达标制 gives all or nothing', () => {
    const tasks = [1, 2, 3, 4, 5].map((i) => ({
      id: `T${i}`,
      label: `任务${i}`,
      due: '2026-03-31',
      status: 'completed' as const,
      completedOn: '2026-03-01',
      units: [{ unitId: 'A', role: 'lead' }],
    }));
    const capped = one({ rules: [rubric.rules[0]!] }, { tasks, bonuses: [] });
    expect(capped.lines.map((l) => l.points)).toEqual([5, 5, 5, 5, 5, -5]);
    expect(capped.lines.at(-1)).toMatchObject({ ruleId: 'task-on-time:cap', kind: 'cap' });
    expect(capped.total).toBe(80);
    const threshold = one({ rules: [{ ...rubric.rules[2]!, indicatorMode: 'threshold' }] }, { bonuses: [] });
    expect(threshold.lines).toMatchObject([{ ruleId: 'indicator', points: 0, detail: expect.stringContaining('未达标') }]);
  });

  it('gives nothing for an indicator it cannot compute, and says why', () => {
    const a = one(
      { rules: [rubric.rules[2]!] },
      {
        bonuses: [],
        indicators: [
          { id: 'I9', name: '死亡率下降', ownerUnitId: 'A', comparator: 'decrease_by', baseline: null, target: 5, unit: '%', value: 3 },
        ],
      },
    );
    expect(a.lines).toEqual([
      {
        ruleId: 'indicator',
        kind: 'indicator',
        label: '指标达成',
        points: 0,
        refs: { indicatorId: 'I9' },
        detail: '死亡率下降：无法计算达成度（变化量目标缺少基期值），不得分',
      },
    ]);
  });

  it('does not count again a late task of an earlier period that was finished before this one', () => {
    const a = one(
      { rules: [rubric.rules[3]!] },
      {
        bonuses: [],
        tasks: [
          {
            id: 'T1',
            label: '旧任务',
            due: '2025-11-30',
            status: 'completed',
            completedOn: '2025-12-20',
            units: [{ unitId: 'A', role: 'lead' }],
          },
        ],
      },
    );
    expect(a.lines).toEqual([]);
  });
});

describe('rankAndGrade', () => {
  const e = (unitId: string, score: number, vetoed = false) => ({ unitId, score, vetoed });

  it('lets ties share a rank and skips the places they take (competition ranking)', () => {
    const r = rankAndGrade([e('a', 80), e('b', 75), e('c', 75), e('d', 70)], rubric.grading);
    expect(r.map((x) => [x.unitId, x.rank, x.tied])).toEqual([
      ['a', 1, false],
      ['b', 2, true],
      ['c', 2, true],
      ['d', 4, false],
    ]);
  });

  it('grades by shares with floor quotas and never splits a tie', () => {
    const shares = {
      mode: 'shares' as const,
      bands: [
        { grade: '优秀', share: 0.25 },
        { grade: '良好', share: 0.25 },
        { grade: '一般', share: 0.5 },
        { grade: '较差', share: 0 },
      ],
    };
    const r = rankAndGrade([e('a', 90), e('b', 90), e('c', 80), e('d', 70), e('e', 60, true)], shares);
    // 4 ranked units: 优秀 quota floor(1) = 1, cumulative 良好 2, 一般 4; a and b tie for 1st and both are 优秀.
    expect(r.map((x) => [x.unitId, x.rank, x.grade])).toEqual([
      ['a', 1, '优秀'],
      ['b', 1, '优秀'],
      ['c', 3, '一般'],
      ['d', 4, '一般'],
      ['e', 5, '较差'],
    ]);
  });
});

describe('rubricSchema', () => {
  it('refuses duplicate rule ids and thresholds that are not descending, with the place of the fault', () => {
    const bad = rubricSchema.safeParse({
      ...rubric,
      rules: [rubric.rules[0], rubric.rules[0]],
      grading: {
        mode: 'thresholds',
        bands: [
          { grade: '优秀', min: 60 },
          { grade: '良好', min: 80 },
        ],
      },
    });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['rules.1.id', '规则编号重复：task-on-time'],
      ['grading.bands', '等次分数线须从高到低排列'],
    ]);
  });
});
