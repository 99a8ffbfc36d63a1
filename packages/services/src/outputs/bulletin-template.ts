/**
 * The text blocks of a 情况通报 the office writes once and edits per issue. Placeholders `{{名称}}` are filled from
 * the period's figures when a draft is generated; the office then edits the filled text before issuing.
 */
export interface BulletinTemplate {
  /** Red issuer header (发文机关标志); empty for none. */
  header: string;
  /** Title; may use placeholders such as {{期间}}. */
  title: string;
  /** 主送 line, e.g. 各成员单位: (empty for none). */
  addressee: string;
  /** Opening paragraph: basis, cut-off date and "现将…通报如下". */
  opening: string;
  /** Praise (工作亮点 / 通报表扬). */
  praise: string;
  /** Problems naming lagging units and tasks. */
  problems: string;
  /** Next steps (下步要求). */
  requirements: string;
  /** Signature (署名). */
  issuer: string;
}

/** The placeholders a template may use, with what each one is filled with. */
export const BULLETIN_PLACEHOLDERS = {
  计划名称: 'title of the plan',
  期间: 'label of the period (e.g. 2026年第3季度)',
  截止日期: 'cut-off date, 2026年9月30日',
  任务总数: 'number of tasks',
  已完成: 'tasks completed',
  推进中: 'tasks in progress',
  滞后: 'tasks behind',
  未开始: 'tasks not started',
  完成率: 'share of tasks completed, e.g. 35.0%',
  平均进度: 'average progress, e.g. 48.2%',
  红色数: 'tasks with a red warning',
  黄色数: 'tasks with a yellow warning',
  滞后单位: 'lead units of the red tasks, joined by 、',
  按时报送率: 'share of reports submitted on time',
  发文机关: 'issuer',
} as const;

/** A placeholder name. */
export type BulletinPlaceholder = keyof typeof BULLETIN_PLACEHOLDERS;

/** The template used until the office saves its own. */
export const DEFAULT_BULLETIN_TEMPLATE: Readonly<BulletinTemplate> = Object.freeze({
  header: '',
  title: '关于{{计划名称}}{{期间}}推进情况的通报',
  addressee: '各成员单位：',
  opening:
    '为压紧压实工作责任，推动各项任务落地见效，根据工作安排，我办对截至{{截止日期}}各项任务推进情况进行了调度。现将有关情况通报如下。',
  praise: '各牵头单位高度重视，按照序时进度扎实推进，共有{{已完成}}项任务已完成，{{推进中}}项任务正在推进，任务完成率{{完成率}}。',
  problems:
    '仍有{{滞后}}项任务进度滞后，其中红色预警{{红色数}}项、黄色预警{{黄色数}}项，涉及{{滞后单位}}等单位；按时报送率为{{按时报送率}}。',
  requirements:
    '各单位要对照任务清单，逐项查找差距，对滞后任务制定整改措施，明确完成时限；相关单位主要负责同志要说明原因，并于下期报送前将整改情况报送我办。',
  issuer: '{{发文机关}}',
});

/** Fills every `{{名称}}` whose name is in `values`; unknown placeholders stay as written so the office sees them. */
export function fillPlaceholders(text: string, values: Partial<Record<BulletinPlaceholder, string>>): string {
  return text.replace(/\{\{\s*([^{}\s]+)\s*\}\}/g, (whole, name: string) => {
    const v = (values as Record<string, string | undefined>)[name];
    return v === undefined ? whole : v;
  });
}

/** Fills all text blocks of a template. */
export function fillTemplate(template: BulletinTemplate, values: Partial<Record<BulletinPlaceholder, string>>): BulletinTemplate {
  const out = {} as BulletinTemplate;
  for (const key of Object.keys(template) as (keyof BulletinTemplate)[]) out[key] = fillPlaceholders(template[key], values);
  return out;
}
