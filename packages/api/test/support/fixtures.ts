/** A small plan document in the style of the real ones: two tasks with lead and participating units. */
export const PLAN_TEXT = [
  '青川市全民健身行动2026年工作方案',
  '一、重点任务',
  '（一）推进全民健身场地设施建设。（牵头单位：市体育局；参与单位：市教育局、某某新设中心）2026年12月底前完成。',
  '（二）开展控烟宣传进社区活动。（牵头单位：市卫生健康委）持续推进。',
  '',
].join('\n');

/** A plan with one numeric target (an indicator) and one task. */
export const INDICATOR_PLAN_TEXT = [
  '青川市全民健身行动2026年工作方案',
  '一、主要目标',
  '到2026年底，全市经常参加体育锻炼人数比例达到40%以上。',
  '二、重点任务',
  '（一）推进全民健身场地设施建设。（牵头单位：市体育局）2026年12月底前完成。',
  '',
].join('\n');
