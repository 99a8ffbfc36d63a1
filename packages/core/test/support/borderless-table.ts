import type { TinyRun } from './tiny-pdf.js';

/** The left edges of the five columns of the borderless table below. */
export const COLS = [72, 110, 270, 370, 470];

/** A run in column `col`, lowered `dy` points below its line (a cell set in the middle of its row). */
export const cell = (col: number, text: string, dy = 0): TinyRun => ({ x: COLS[col]!, text, dy });

/**
 * A borderless table as a layout engine sets it (an HTML <table> without borders, printed): a header and three
 * rows, each cell wrapped inside its column and set in the middle of its row, so a row's cells do not share
 * baselines; an empty line is the room between two rows.
 */
export const BORDERLESS_TABLE: TinyRun[][] = [
  [cell(0, '序号'), cell(1, '重点任务'), cell(2, '牵头单位'), cell(3, '配合单位'), cell(4, '完成时限')],
  [],
  [cell(0, '1', 9), cell(1, '新建社区食堂8个'), cell(2, '县民政局', 9), cell(3, '县财政局、'), cell(4, '2025年6月', 9)],
  [cell(1, '并投入使用'), cell(3, '县商务局')],
  [],
  [cell(0, '2', 9), cell(1, '开放学校体育场地'), cell(2, '县教育局', 9), cell(3, '县体育局', 9), cell(4, '2025年9月', 9)],
  [cell(1, '20所')],
  [],
  [cell(0, '3'), cell(1, '改造老旧小区12个'), cell(2, '县住建局'), cell(3, '各街道'), cell(4, '2025年12月')],
];
