// How far an indicator has come towards its target. "由91%提高至93%" with 92% reported is halfway;
// "下降0.5个百分点" measures the change from the baseline; counts ("新建母婴设施80个") are reached
// when the reported number gets there.

/** Comparators as the extraction contract writes them. */
export type IndicatorComparator = '>=' | '<=' | '=' | 'decrease_by' | 'increase_by';

/** The indicator's definition plus one reported value. */
export interface AchievementInput {
  comparator: IndicatorComparator;
  baseline: number | null;
  target: number;
  /** The measure word; '%' on decrease_by / increase_by means a relative change ("较上年下降3%"). */
  unit?: string | null;
  value: number;
}

/** The result: progress clamped to [0, 1], whether the target is met, or why it cannot be told. */
export interface Achievement {
  computable: boolean;
  /** 0-1, clamped. */
  progress: number;
  /** progress × 100, one decimal. */
  percent: number;
  achieved: boolean;
  /** Why it is not computable, e.g. a change target without a baseline. */
  note?: string;
}

const EPS = 1e-9;

function clamp01(x: number): number {
  if (!Number.isFinite(x)) return 0;
  return Math.min(1, Math.max(0, x));
}

function result(progress: number, achieved: boolean): Achievement {
  const p = achieved ? 1 : clamp01(progress);
  return { computable: true, progress: p, percent: Math.round(p * 1000) / 10, achieved };
}

function notComputable(note: string): Achievement {
  return { computable: false, progress: 0, percent: 0, achieved: false, note };
}

/** Computes an indicator's achievement; pure. */
export function indicatorAchievement(input: AchievementInput): Achievement {
  const { comparator, baseline, target, value } = input;
  if (![target, value].every(Number.isFinite) || (baseline !== null && !Number.isFinite(baseline))) return notComputable('数值无效');
  switch (comparator) {
    case '>=': {
      const achieved = value >= target - EPS;
      if (baseline !== null && baseline < target) return result((value - baseline) / (target - baseline), achieved);
      return result(target > 0 ? value / target : 0, achieved);
    }
    case '<=': {
      const achieved = value <= target + EPS;
      if (baseline !== null && baseline > target) return result((baseline - value) / (baseline - target), achieved);
      return result(value > 0 ? target / value : 0, achieved);
    }
    case '=': {
      // "达到X" / "新增X": reaching the target counts, overshooting in the plan's direction too.
      const downward = baseline !== null && baseline > target;
      const achieved = downward ? value <= target + EPS : value >= target - EPS;
      if (baseline !== null && baseline !== target) return result((value - baseline) / (target - baseline), achieved);
      return result(target !== 0 ? value / target : 0, achieved);
    }
    case 'decrease_by':
    case 'increase_by': {
      if (baseline === null) return notComputable('变化量目标缺少基期值');
      if (target <= 0) return notComputable('变化量目标必须为正数');
      const sign = comparator === 'decrease_by' ? -1 : 1;
      const relative = input.unit === '%';
      const change = (sign * (value - baseline)) / (relative ? Math.abs(baseline) / 100 || Number.NaN : 1);
      if (!Number.isFinite(change)) return notComputable('基期值为0,无法计算相对变化');
      return result(change / target, change >= target - EPS);
    }
  }
}
