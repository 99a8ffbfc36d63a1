import { describe, expect, it } from 'vitest';
import { implausibleValue } from '../src/index.js';

describe('indicator value plausibility', () => {
  it('accepts values on the scale of the target or baseline, in either direction', () => {
    expect(implausibleValue({ target: 50, baseline: null }, 50)).toBeNull();
    expect(implausibleValue({ target: 50, baseline: null }, -500)).toBeNull();
    expect(implausibleValue({ target: 3, baseline: 2000 }, 1800)).toBeNull();
    expect(implausibleValue({ target: 0, baseline: null }, 10)).toBeNull();
  });

  it('refuses values far off the scale and non-finite ones, naming the limit', () => {
    expect(implausibleValue({ target: 50, baseline: null }, -49974.5)).toEqual({ limit: 500 });
    expect(implausibleValue({ target: 50, baseline: 80 }, 801)).toEqual({ limit: 800 });
    expect(implausibleValue({ target: 0.5, baseline: null }, 11)).toEqual({ limit: 10 });
    expect(implausibleValue({ target: 50, baseline: null }, Number.NaN)).toEqual({ limit: 500 });
    expect(implausibleValue({ target: 50, baseline: null }, Number.POSITIVE_INFINITY)).toEqual({ limit: 500 });
  });
});
