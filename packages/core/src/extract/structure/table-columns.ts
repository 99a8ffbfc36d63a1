import { parseDeadlineCell } from '../dates/index.js';
import { splitUnitList } from '../units/unit-name.js';
import type { UnitDirectory } from '../units/unit-directory.js';

/** What a table column holds. */
export type ColumnRole = 'num' | 'task' | 'lead' | 'part' | 'resp' | 'deadline' | 'note' | 'person' | 'indicator' | 'other';

/** The role a header cell names, or null when the text is not a header label. */
export function headerRole(label: string): ColumnRole | null {
  const t = label.normalize('NFKC').replace(/\s+/g, '').replace(/[((][^()]*[))]$/, '');
  if (!t || t.length > 14) return null;
  if (/^(?:序号|编号|序|项次|No\.?)$/i.test(t)) return 'num';
  if (/(?:牵头领导|责任领导|分管领导|责任人|联系人)$/.test(t)) return 'person';
  if (/^(?:牵头|主责|主办|负责|主要责任)(?:单位|部门|科室|责任单位)?$/.test(t)) return 'lead';
  if (/^(?:配合|协办|协助|参与|协同|支持|其他责任|相关)(?:单位|部门|科室)?$/.test(t)) return 'part';
  if (/^(?:责任|实施|承办)(?:单位|部门|主体|科室)$/.test(t)) return 'resp';
  if (/^(?:完成|办结)?(?:时限|时间|期限|时间节点|时限要求|进度安排|进度要求|完成时限|完成时间|时间安排)$/.test(t) || /^(?:完成时限|完成时间|时间节点)/.test(t)) return 'deadline';
  if (/^(?:备注|说明)$/.test(t)) return 'note';
  if (/(?:指标名称|^指标$|基期值|基期水平|基准值|现状值|目标值|\d{4}年目标|指标性质|指标属性)/.test(t)) return 'indicator';
  if (/^(?:重点|工作|主要|具体|目标)?(?:任务|任务内容|工作任务|工作内容|工作措施|主要措施|具体措施|措施|重点工作|工作事项|事项|内容|工作要求|任务措施|项目|主要内容|任务名称|目标任务|工作目标|工作举措|具体举措|举措)$/.test(t)) return 'task';
  if (/^(?:类别|领域|分类|类型|任务类别|板块|单位|计量单位)$/.test(t)) return 'other';
  return null;
}

/** The shape of a cell, whatever column it sits in. */
export type CellShape = 'num' | 'units' | 'deadline' | 'text';

/** Judges a cell by its shape: a row number, a unit list, a deadline, or duty text. */
export function cellShape(text: string, dir: UnitDirectory): CellShape {
  const t = text.normalize('NFKC').replace(/\s+/g, '');
  if (/^\d{1,3}[.、]?$/.test(t)) return 'num';
  if (t.length <= 40 && isDeadlineCell(t)) return 'deadline';
  if (splitUnitList(t.replace(/[((]牵头[))]/g, ''), dir)) return 'units';
  return 'text';
}

/** A deadline cell is short and made of dates and time-frame words only. */
export function isDeadlineCell(t: string): boolean {
  const cell = parseDeadlineCell(t, 2000);
  if (!cell.due.length && !cell.ongoing && !/^(?:年内|全年|近期|适时|上半年|下半年|按期|长期|立即|即时)/.test(t)) return false;
  const rest = t
    .replace(/\d{4}|\d{1,2}/g, '')
    .replace(/年|月|日|底|末|前|之前|以前|中旬|上旬|下旬|季度|第|一|二|三|四|上半|下半|全年|年内|至|到|—|-|~|、|,|,|;|;|。|\.|起|开始|启动|完成|实施|推进|持续|长期|坚持|常态化|常年|定期|每|半|学期|周|天|并|和|及|底前|前完成|基本|全面|逐步|动态|落实|开展|到位|取得|成效|阶段性|进展|明显|见效|按|计划|要求|时间|节点|期间|期|内|间|以后|后|之后|左右|月底|年底|季|年度|及时|立即|随时|适时|近期|长效|机制|常抓不懈|持之以恒|跟进|同步|分阶段|逐年|每年|每月|每季度/g, '');
  return rest.length <= 3;
}
