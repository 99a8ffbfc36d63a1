import { parseDeadlineCell } from '../dates/index.js';

/** "立行立改": fixed at once, a time limit with no date (with 长期坚持 after it, an open-ended one). */
const IMMEDIATE = /^(?:立行立改|即知即改|立查立改|立知立改|即查即改)$/;

/** A deadline cell is short and made of dates and time-frame words only. */
export function isDeadlineCell(t: string): boolean {
  if (IMMEDIATE.test(t.trim())) return true;
  const cell = parseDeadlineCell(t, 2000);
  if (!cell.due.length && !cell.ongoing && !/^(?:\d{4}年)?(?:年内|全年|近期|适时|上半年|下半年|按期|长期|立即|即时)/.test(t)) return false;
  const rest = t
    .replace(/\d{4}|\d{1,2}/g, '')
    .replace(
      /立行立改|即知即改|立查立改|立知立改|即查即改|年|月|日|底|末|前|之前|以前|中旬|上旬|下旬|季度|第|一|二|三|四|上半|下半|全年|年内|至|到|—|-|~|、|,|,|;|;|。|\.|起|开始|启动|完成|实施|推进|持续|长期|坚持|常态化|常年|定期|每|半|学期|周|天|并|和|及|底前|前完成|基本|全面|逐步|动态|落实|开展|到位|取得|成效|阶段性|进展|明显|见效|按|计划|要求|时间|节点|期间|期|内|间|以后|后|之后|左右|月底|年底|季|年度|及时|立即|随时|适时|近期|长效|机制|常抓不懈|持之以恒|跟进|同步|分阶段|逐年|每年|每月|每季度/g,
      '',
    );
  return rest.length <= 3;
}
