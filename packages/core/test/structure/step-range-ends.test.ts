import { describe, expect, it } from 'vitest';
import { stepDue } from '../../src/extract/structure/stage-lines.js';

describe('stepDue: the end of a phase range', () => {
  it('reads a range that ends on a day of the same month', () => {
    expect(stepDue('(二)摸底阶段(2025年5月6日—28日)', 2025)).toEqual(['2025-05-28']);
  });

  it('gives no date under a template placeholder year', () => {
    expect(stepDue('(一)动员阶段(20XX年5月6日—28日)', 2025)).toEqual([]);
  });

  it('still reads a range across months', () => {
    expect(stepDue('(三)总结阶段(2025年11月—12月)', 2025)).toEqual(['2025-12-31']);
  });
});
