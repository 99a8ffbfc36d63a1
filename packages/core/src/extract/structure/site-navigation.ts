import { escapeWord, alternation } from '../lexicons/pattern.js';
import { HOME_LINKS, LOCATION_LABELS, NAV_SEPARATORS } from '../lexicons/site-navigation.js';

const SEP = `(?:\\s+|\\s*[${NAV_SEPARATORS.map(escapeWord).join('')}]+\\s*)`;
// The home link standing as an entry: at the line's start or after a separator, and followed by one.
const HOME_ENTRY = new RegExp(`(?:^|${SEP})${alternation(HOME_LINKS)}${SEP}\\S`);
const LOCATION = new RegExp(`^\\s*${alternation(LOCATION_LABELS)}\\s*[::]?`);

/**
 * True for a site's menu or breadcrumb line ("首页 › 政务公开 › 政策文件", "某市人民政府 首页 / 信息公开",
 * "当前位置:首页 > …"): page furniture, never a title nor a part of one.
 */
export function isSiteNavigation(text: string): boolean {
  const t = text.normalize('NFKC').trim();
  return LOCATION.test(t) || HOME_ENTRY.test(t);
}
