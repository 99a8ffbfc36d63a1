import { describe, expect, it } from 'vitest';
import {
  DEFAULT_COLOUR_RULES,
  colourRulesSchema,
  compareColours,
  evaluateSupervision,
  type ColourRule,
  type SupervisionInput,
} from '../../src/domain/index.js';

const quiet: SupervisionInput = { today: '2026-05-10', due: '2026-12-31', start: '2026-01-01', percent: 40, completed: false, reports: [] };
const slot = { periodLabel: '2026年4月', unitName: '市教育局', due: '2026-04-28', windowEnd: '2026-05-03', submittedOn: null };

describe('evaluateSupervision', () => {
  it('is green with no reasons when nothing is wrong', () => {
    expect(evaluateSupervision(quiet)).toEqual({ colour: 'green', label: '正常', reasons: [] });
  });

  it('is red for an overdue task, saying by how many days', () => {
    const r = evaluateSupervision({ ...quiet, today: '2027-01-05' });
    expect(r.colour).toBe('red');
    expect(r.reasons[0]).toEqual({ ruleId: 'task.overdue', colour: 'red', message: '已超过完成时限5天仍未办结' });
  });

  it('is red when a report is missing past its window, naming period and unit', () => {
    const r = evaluateSupervision({ ...quiet, reports: [slot] });
    expect(r.colour).toBe('red');
    expect(r.reasons.map((x) => x.message)).toContain('2026年4月进展报告逾期未报送(市教育局)');
  });

  it('is yellow for a report past due but inside the grace window', () => {
    const r = evaluateSupervision({ ...quiet, today: '2026-05-01', reports: [slot] });
    expect(r.colour).toBe('yellow');
    expect(r.reasons.map((x) => x.ruleId)).toEqual(['report.overdue']);
  });

  it('is yellow for a report due within three days and not for one due later', () => {
    expect(evaluateSupervision({ ...quiet, today: '2026-04-26', reports: [slot] }).reasons[0]?.message).toBe(
      '2026年4月进展报告2天后截止(市教育局)',
    );
    expect(evaluateSupervision({ ...quiet, today: '2026-04-20', reports: [slot] }).colour).toBe('green');
  });

  it('ignores slots already submitted', () => {
    expect(evaluateSupervision({ ...quiet, reports: [{ ...slot, submittedOn: '2026-05-02' }] }).colour).toBe('green');
  });

  it('is yellow when progress trails the time-elapsed share by more than the margin', () => {
    const r = evaluateSupervision({ ...quiet, today: '2026-07-02', percent: 20 });
    expect(r.colour).toBe('yellow');
    expect(r.reasons[0]?.message).toMatch(/^进度20%落后于时序进度50%$/);
    expect(evaluateSupervision({ ...quiet, today: '2026-07-02', percent: 35 }).colour).toBe('green');
  });

  it('is blue when the deadline is near, and the most severe colour wins with all reasons kept', () => {
    expect(evaluateSupervision({ ...quiet, today: '2026-12-21', percent: 95 }).reasons).toEqual([
      { ruleId: 'task.deadline_near', colour: 'blue', message: '距完成时限还有10天' },
    ]);
    const mixed = evaluateSupervision({
      ...quiet,
      today: '2026-12-21',
      percent: 95,
      reports: [{ ...slot, due: '2026-11-28', windowEnd: '2026-12-03' }],
    });
    expect(mixed.colour).toBe('red');
    expect(mixed.reasons.map((x) => x.colour)).toEqual(['red', 'blue']);
  });

  it('does not warn on completed or suspended tasks', () => {
    expect(evaluateSupervision({ ...quiet, today: '2027-06-01', completed: true, reports: [slot] }).colour).toBe('green');
    expect(evaluateSupervision({ ...quiet, today: '2027-06-01', suspended: true }).colour).toBe('none');
  });

  it('takes its thresholds from the rule data', () => {
    const rules: ColourRule[] = [
      { id: 'custom.near', colour: 'yellow', when: { kind: 'deadline_within', days: 60 }, message: '{days}天内到期' },
    ];
    const r = evaluateSupervision({ ...quiet, today: '2026-11-15', percent: 90 }, rules);
    expect(r).toMatchObject({ colour: 'yellow', reasons: [{ message: '46天内到期' }] });
    expect(evaluateSupervision({ ...quiet, today: '2026-11-15', percent: 90 }).colour).toBe('green');
  });
});

describe('colourRulesSchema', () => {
  it('accepts the default rules and rejects an unknown condition', () => {
    expect(colourRulesSchema.parse(DEFAULT_COLOUR_RULES)).toHaveLength(DEFAULT_COLOUR_RULES.length);
    expect(colourRulesSchema.safeParse([{ id: 'x', colour: 'red', when: { kind: 'moon_phase' }, message: 'm' }]).success).toBe(false);
  });

  it('orders colours by severity', () => {
    expect(['green', 'red', 'none', 'blue', 'yellow'].sort((a, b) => compareColours(a as 'red', b as 'red'))).toEqual([
      'red',
      'yellow',
      'blue',
      'green',
      'none',
    ]);
  });
});
