import { escapeWord, alternation } from '../lexicons/pattern.js';
import { HOME_LINKS, LOCATION_LABELS, NAV_SEPARATORS, SITE_SECTIONS } from '../lexicons/site-navigation.js';
import { isSiteToolsLine } from '../line-noise.js';

const SEP = `(?:\\s+|\\s*[${NAV_SEPARATORS.map(escapeWord).join('')}]+\\s*)`;
// The home link standing as an entry: at the line's start or after a separator, and followed by one.
const HOME_ENTRY = new RegExp(`(?:^|${SEP})${alternation(HOME_LINKS)}${SEP}\\S`);
const LOCATION = new RegExp(`^\\s*${alternation(LOCATION_LABELS)}\\s*[::]?`);
// Entries of a trail or menu: split at separator characters, or at runs of two or more spaces.
const ENTRY_SPLIT = new RegExp(`\\s*[${NAV_SEPARATORS.map(escapeWord).join('')}]+\\s*|\\s{2,}`);
const SECTIONS = new Set<string>(SITE_SECTIONS);

/**
 * True for a site's menu or breadcrumb line ("首页 › 政务公开 › 政策文件", "某市人民政府 首页 / 信息公开",
 * "当前位置:首页 > …", "无障碍 关怀版 English"): page furniture, never a title nor a part of one.
 */
export function isSiteNavigation(text: string): boolean {
  const t = text.normalize('NFKC').trim();
  if (LOCATION.test(t) || HOME_ENTRY.test(t) || isSiteToolsLine(t)) return true;
  // "某市卫生健康委员会 - 政府信息公开 - 工作动态": entries of which one names a section of the site.
  const entries = t.split(ENTRY_SPLIT).filter(Boolean);
  return entries.length >= 2 && entries.length <= 8 && entries.some((e) => SECTIONS.has(e));
}
