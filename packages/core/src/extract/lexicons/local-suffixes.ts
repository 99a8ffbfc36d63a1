/**
 * Local-government suffixes that a list may write once, on its last name only: "甲、乙街道办事处" names
 * 甲街道办事处 and 乙街道办事处. Each is a place word (街道, 镇, 乡) and the body noun after it (办事处, 人民政府).
 * Plain data: the expansion is in units/suffix-once.ts.
 */
export const SUFFIX_ONCE_ENDINGS: readonly (readonly [place: string, body: string])[] = [
  ['街道', '办事处'],
  ['镇', '人民政府'],
  ['乡', '人民政府'],
  ['镇', '政府'],
  ['乡', '政府'],
];

/** Facilities that answer for their own part of a duty, named after their place (甲乙火车站, 丙丁机场). */
export const FACILITY_ENDINGS = ['火车站', '高铁站', '汽车站', '客运站', '汽车客运站', '机场', '港口'] as const;
