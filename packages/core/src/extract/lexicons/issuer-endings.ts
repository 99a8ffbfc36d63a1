/** Issuing bodies as data: how the name of a document's issuer ends, in its signature or its title. */

/** Endings of an issuing body in a document's signature or title, traditional forms included. */
export const ISSUER_ENDINGS = [
  '人民政府',
  '政府',
  '办公室',
  '办公厅',
  '委员会',
  '领导小组',
  '小组',
  '党组',
  '委',
  '局',
  '厅',
  '部',
  '中心',
  '院',
  '协会',
  '学会',
  '会',
  '办',
  '处',
  '站',
  '所',
  '队',
  '馆',
  '署',
  '联合会',
  '會',
  '廳',
  '辦',
  '處',
  '隊',
  '館',
  '組',
  '室',
] as const;

/** Last characters of an issuer named straight before 印发/转发 in a title (市卫健委印发…). */
export const ISSUER_LAST_CHARS = ['局', '委', '办', '厅', '府', '部', '室', '组', '会', '辦', '廳', '組', '會'] as const;
