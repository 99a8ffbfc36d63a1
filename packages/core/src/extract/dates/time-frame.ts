import { toHalfWidth } from './calendar.js';

const FRAME_WORD = '(?:全年|全程|长期|持续|常态化|常年|每年|每季度|每季|每月|每学期|每半年|逐年|定期|年内|今后)';
const FRAME_VERB = '(?:推进|坚持|开展|实施|进行|落实|抓好|做好)?';
// "全年持续推进", "长期坚持", also with a start: "2021年起长期坚持".
const FRAME_ONLY = new RegExp(`^(?:(?:从|自)?\\d{4}年(?:\\d{1,2}月)?(?:起|开始))?(?:${FRAME_WORD}${FRAME_VERB})+$`);
const TRAILING_GROUP = /[([【]([^()[\]【】]*)[)\]】]\s*[。;,.]*\s*$/;

/**
 * True when the duty closes on nothing but an open-ended time frame: "…,全年持续推进。", "(长期坚持)".
 * False when such words are part of the work itself (持续推进健康细胞培育, 每年开展一次评估).
 * A trailing bracket group that is not a time frame (an attribution) is looked past.
 */
export function closingTimeFrame(text: string): boolean {
  let rest = toHalfWidth(text).trim();
  for (let guard = 0; guard < 4; guard++) {
    const group = TRAILING_GROUP.exec(rest);
    if (!group) break;
    if (isFrame(group[1] ?? '')) return true;
    rest = rest.slice(0, group.index).trimEnd();
  }
  const body = rest.replace(/[。;;,,.!!\s]+$/, '');
  const cut = Math.max(...[',', ',', ';', ';', '。', ':', ':'].map((c) => body.lastIndexOf(c)));
  if (cut === -1) return false;
  return isFrame(body.slice(cut + 1));
}

function isFrame(phrase: string): boolean {
  return FRAME_ONLY.test(phrase.replace(/\s+/g, ''));
}
