import type { ColumnRole } from './table-columns.js';

/** The columns of a benchmark table: what is measured, where it stands now, and the target set for it. */
export interface BenchmarkColumns {
  name: number;
  baseline: number | null;
  target: number;
}

/** "指标" / "指标名称" / "对标指标": the column naming what is measured. */
const NAME_HEADER = /^(?:对标|评价|考核|营商环境)?指标(?:名称)?$/;
/** "现状" / "现状值" / "当前水平" / "2025年现状": where the measure stands now. */
const BASELINE_HEADER = /^(?:\d{4}年)?(?:现状|目前现状|现状值|现有水平|当前水平|基期值|基数)$/;
/** "提升目标" / "目标值" / "对标目标" / "2026年目标": the target the plan commits to. */
const TARGET_HEADER = /^(?:\d{4}年)?(?:提升|对标|改进|优化|工作|年度|预期)?目标(?:值)?$/;

/**
 * A task table that also sets targets for named measures ("指标 | 对标对象 | 现状 | 提升目标 | 具体举措 | 牵头单位 | …",
 * an 营商环境 对标提升清单): the column indexes of the measure's name, its present value and its target. Null unless
 * the header has a 指标 column and a 目标 column beside a duty column.
 */
export function benchmarkColumns(header: string[], roles: (ColumnRole | null)[]): BenchmarkColumns | null {
  const clean = header.map((h) => h.normalize('NFKC').replace(/\s+/g, ''));
  const name = clean.findIndex((h) => NAME_HEADER.test(h));
  const target = clean.findIndex((h, i) => i !== name && TARGET_HEADER.test(h));
  if (name < 0 || target < 0 || !roles.some((r, i) => r === 'task' && i !== target)) return null;
  const baseline = clean.findIndex((h) => BASELINE_HEADER.test(h));
  return { name, baseline: baseline >= 0 ? baseline : null, target };
}
