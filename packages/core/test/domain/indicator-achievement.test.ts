import { describe, expect, it } from 'vitest';
import { indicatorAchievement } from '../../src/domain/index.js';

describe('indicatorAchievement', () => {
  it('由91%提高至93% with 92% reported is halfway', () => {
    expect(indicatorAchievement({ comparator: '>=', baseline: 91, target: 93, value: 92 })).toEqual({
      computable: true,
      progress: 0.5,
      percent: 50,
      achieved: false,
    });
  });

  it('clamps below the baseline to 0 and above the target to 1 and achieved', () => {
    expect(indicatorAchievement({ comparator: '>=', baseline: 91, target: 93, value: 90 })).toMatchObject({ progress: 0, achieved: false });
    expect(indicatorAchievement({ comparator: '>=', baseline: 91, target: 93, value: 95 })).toMatchObject({
      progress: 1,
      percent: 100,
      achieved: true,
    });
  });

  it('uses value / target when a >= target has no baseline', () => {
    expect(indicatorAchievement({ comparator: '>=', baseline: null, target: 40, value: 30 })).toMatchObject({
      progress: 0.75,
      achieved: false,
    });
  });

  it('measures <= targets downwards from the baseline', () => {
    expect(indicatorAchievement({ comparator: '<=', baseline: 23, target: 20, value: 22 })).toMatchObject({
      percent: 33.3,
      achieved: false,
    });
    expect(indicatorAchievement({ comparator: '<=', baseline: 23, target: 20, value: 19.5 })).toMatchObject({
      progress: 1,
      achieved: true,
    });
    expect(indicatorAchievement({ comparator: '<=', baseline: null, target: 12, value: 15 })).toMatchObject({
      progress: 0.8,
      achieved: false,
    });
  });

  it('treats = count targets as reached when the number gets there', () => {
    expect(indicatorAchievement({ comparator: '=', baseline: null, target: 80, value: 40 })).toMatchObject({
      progress: 0.5,
      achieved: false,
    });
    expect(indicatorAchievement({ comparator: '=', baseline: null, target: 80, value: 85 })).toMatchObject({ progress: 1, achieved: true });
    expect(indicatorAchievement({ comparator: '=', baseline: 100, target: 80, value: 90 })).toMatchObject({
      progress: 0.5,
      achieved: false,
    });
  });

  it('reads 下降0.5个百分点 as an absolute change from the baseline', () => {
    expect(indicatorAchievement({ comparator: 'decrease_by', baseline: 52.0, target: 0.5, unit: '个百分点', value: 51.75 })).toMatchObject({
      progress: 0.5,
      achieved: false,
    });
    expect(indicatorAchievement({ comparator: 'decrease_by', baseline: 52.0, target: 0.5, unit: '个百分点', value: 51.4 })).toMatchObject({
      achieved: true,
      progress: 1,
    });
    expect(indicatorAchievement({ comparator: 'decrease_by', baseline: 52.0, target: 0.5, unit: '个百分点', value: 53 })).toMatchObject({
      achieved: false,
      progress: 0,
    });
  });

  it('reads 较上年下降3% as a relative change', () => {
    expect(indicatorAchievement({ comparator: 'decrease_by', baseline: 50, target: 3, unit: '%', value: 48.5 })).toMatchObject({
      achieved: true,
    });
    expect(indicatorAchievement({ comparator: 'decrease_by', baseline: 50, target: 3, unit: '%', value: 49.25 })).toMatchObject({
      progress: 0.5,
      achieved: false,
    });
  });

  it('handles increase_by (提高0.3岁)', () => {
    expect(indicatorAchievement({ comparator: 'increase_by', baseline: 78.1, target: 0.3, unit: '岁', value: 78.2 })).toMatchObject({
      achieved: false,
    });
    expect(indicatorAchievement({ comparator: 'increase_by', baseline: 78.1, target: 0.3, unit: '岁', value: 78.4 })).toMatchObject({
      achieved: true,
    });
  });

  it('says why a change target without a baseline cannot be computed', () => {
    expect(indicatorAchievement({ comparator: 'decrease_by', baseline: null, target: 1, value: 3 })).toMatchObject({
      computable: false,
      note: '变化量目标缺少基期值',
    });
    expect(indicatorAchievement({ comparator: '>=', baseline: null, target: 1, value: Number.NaN })).toMatchObject({ computable: false });
  });
});
