import type { BulletinData } from '@duban/core';
import { DEFAULT_BULLETIN_TEMPLATE, fillTemplate } from '../../src/outputs/bulletin-template.js';

/** A bulletin of a small plan with every section filled; `overrides` replace top-level fields. */
export function sampleBulletin(overrides: Partial<BulletinData> = {}): BulletinData {
  return {
    planTitle: '健康盘锦行动',
    periodLabel: '2026年第3季度',
    asOf: '2026-09-30',
    date: '2026-10-08',
    serial: '第3期',
    blocks: fillTemplate(
      { ...DEFAULT_BULLETIN_TEMPLATE, header: '健康盘锦行动推进委员会办公室' },
      { 计划名称: '健康盘锦行动', 期间: '2026年第3季度', 截止日期: '2026年9月30日', 已完成: '2', 推进中: '3', 完成率: '28.6%', 滞后: '2', 红色数: '1', 黄色数: '1', 滞后单位: '市卫生健康委', 按时报送率: '80.0%', 发文机关: '健康盘锦行动推进委员会办公室' },
    ),
    overall: { total: 7, completed: 2, inProgress: 3, behind: 2, notStarted: 0, suspended: 0, completionRate: 2 / 7, averageProgress: 52.5, onTimeRate: 0.8 },
    areas: [
      { name: '健康知识普及行动', total: 4, completed: 1, inProgress: 2, behind: 1, notStarted: 0, red: 1, yellow: 0 },
      { name: '合理膳食行动', total: 3, completed: 1, inProgress: 1, behind: 1, notStarted: 0, red: 0, yellow: 1 },
    ],
    units: [
      { name: '市卫生健康委', total: 5, completed: 1, inProgress: 2, behind: 2, notStarted: 0, red: 1, yellow: 1, reportsExpected: 10, reportsOnTime: 7, reportsMissing: 2 },
      { name: '市教育局', total: 2, completed: 1, inProgress: 1, behind: 0, notStarted: 0, red: 0, yellow: 0, reportsExpected: 4, reportsOnTime: 4, reportsMissing: 0 },
    ],
    red: [{ number: '一.2', title: '建立健康科普专家库', leadUnits: ['市卫生健康委'], due: '2026-06-30', progress: 40, reasons: ['已超过完成时限'] }],
    yellow: [{ number: '二.1', title: '开展减盐行动', leadUnits: ['市卫生健康委'], due: '2026-12-31', progress: 30, reasons: ['进度落后序时进度20个百分点以上'] }],
    indicators: [
      { name: '居民健康素养水平', unit: '%', baseline: 20, target: 22, comparator: '>=', latest: 21, achievement: 0.5, achieved: false, owner: '市卫生健康委' },
      { name: '婴儿死亡率', unit: '‰', baseline: 5, target: 4.5, comparator: '<=', latest: 4.2, achievement: 1, achieved: true, owner: '市卫生健康委' },
    ],
    ...overrides,
  };
}
