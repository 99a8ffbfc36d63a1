import { describe, expect, it } from 'vitest';
import { deriveTaskStatus, elapsedPercent } from '../../src/domain/index.js';

const base = { today: '2026-03-01', due: '2026-12-31', start: '2026-01-01', latestAccepted: null };

describe('deriveTaskStatus', () => {
  it('is 未开始 with no accepted report', () => {
    expect(deriveTaskStatus(base)).toMatchObject({ status: 'not_started', label: '未开始' });
  });

  it('is 推进中 once an accepted report shows progress', () => {
    expect(deriveTaskStatus({ ...base, latestAccepted: { percent: 30, completionClaim: false } })).toMatchObject({
      status: 'in_progress',
      label: '推进中',
    });
  });

  it('stays 推进中 at 100% until the completion claim passes 办结审核', () => {
    const claim = { percent: 100, completionClaim: true };
    expect(deriveTaskStatus({ ...base, latestAccepted: claim }).status).toBe('in_progress');
    expect(deriveTaskStatus({ ...base, latestAccepted: claim, completionApproved: true })).toMatchObject({
      status: 'completed',
      label: '已完成',
    });
  });

  it('is 滞后 past the deadline, with the days overdue', () => {
    const r = deriveTaskStatus({ ...base, today: '2027-01-10', latestAccepted: { percent: 90, completionClaim: false } });
    expect(r).toMatchObject({ status: 'behind', label: '滞后', daysOverdue: 10 });
  });

  it('is 滞后 when progress trails the elapsed time by more than the margin', () => {
    // 2026-10-01 is ~75% of the year; 40% is 35 points behind.
    const input = { ...base, today: '2026-10-01', latestAccepted: { percent: 40, completionClaim: false } };
    expect(deriveTaskStatus(input).status).toBe('behind');
    expect(deriveTaskStatus({ ...input, lagMargin: 40 }).status).toBe('in_progress');
  });

  it('puts 暂缓 above lateness and 已完成 above everything', () => {
    const late = { ...base, today: '2027-03-01' };
    expect(deriveTaskStatus({ ...late, suspended: true }).status).toBe('suspended');
    expect(deriveTaskStatus({ ...late, suspended: true, completionApproved: true }).status).toBe('completed');
  });

  it('never calls an open-ended task late', () => {
    expect(deriveTaskStatus({ today: '2030-01-01', due: null, latestAccepted: { percent: 10, completionClaim: false } }).status).toBe(
      'in_progress',
    );
  });
});

describe('elapsedPercent', () => {
  it('measures the share of the schedule elapsed and clamps it', () => {
    expect(elapsedPercent('2026-01-01', '2026-01-11', '2026-01-06')).toBe(50);
    expect(elapsedPercent('2026-01-01', '2026-01-11', '2025-12-01')).toBe(0);
    expect(elapsedPercent('2026-01-01', '2026-01-11', '2026-02-01')).toBe(100);
    expect(elapsedPercent(null, '2026-01-11', '2026-02-01')).toBeNull();
  });
});

describe('deriveTaskStatus without a report later in the year', () => {
  it('calls a task with nothing reported a third of the way through 滞后', () => {
    expect(deriveTaskStatus({ ...base, today: '2026-05-01' }).status).toBe('behind');
  });
});
