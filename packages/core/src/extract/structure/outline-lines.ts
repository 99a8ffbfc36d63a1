import { isTitleLine, type Line } from './lines.js';
import { isBareMarker, readMarker } from './numbering.js';
import { classifyHeading, isFindingsHeading } from './headings.js';
import { isLabelLine } from './attribution.js';
import { HAS_ROLE_VERB } from './role-labels.js';
import { isSiteNavigation } from './site-navigation.js';

// How buildOutline reads one line: as a section heading, a heading-like item, a table caption, a line cut mid-sentence.

/** An unnumbered line that heads a section: short, no sentence punctuation, a known section name. */
export function isUnnumberedHeading(text: string): boolean {
  const t = text.replace(/\s+/g, '');
  // "整改完成情况:" over the measures it reports: a caption of findings, its colon announcing the list.
  if (/[::]$/.test(t) && t.length <= 12 && isFindingsHeading(t.slice(0, -1))) return true;
  // A breadcrumb ending in a section of the site (首页 > 政务公开 > 督查督办) heads nothing in the plan.
  if (t.length > 16 || /[。,,;;::、]/.test(t) || isSiteNavigation(text)) return false;
  return (
    classifyHeading(t) !== null ||
    /^(?:重点|主要|具体)?(?:任务|工作任务|重点任务|主要任务|工作措施|重点工作|行动内容|主要内容|任务分工)$/.test(t)
  );
}

/** A table's caption on a line of its own: "附表1", "表2", "附表1:主要指标". */
export const TABLE_CAPTION = /^(?:附表|表)\s*\d{1,2}(?:\s*[::]?\s*[^。;;,,]{0,30})?$/;

/**
 * "【X牵头,Y配合】1.对…": an attribution printed before the item's number. The line is read as "1.【…】对…", the
 * number first, so that it opens the item and the attribution speaks for all of it (offsets inside the line shift).
 */
export function attributionFirst(line: Line): Line {
  const m = /^([【〔[][^【】〔〕[\]]{2,80}[】〕\]])\s*/.exec(line.text);
  if (!m?.[1] || !(HAS_ROLE_VERB.test(m[1]) || /单位|部门/.test(m[1]))) return line;
  const rest = line.text.slice(m[0].length);
  const marker = readMarker(rest);
  if (!marker || rest.length <= marker.length) return line;
  return { ...line, text: rest.slice(0, marker.length) + m[1] + rest.slice(marker.length) };
}

/** A numbered heading line ("三、加强疾病筛查"): short, no sentence inside. */
export function isHeadingLike(text: string): boolean {
  const m = readMarker(text);
  const rest = (m ? text.slice(m.length) : text).replace(/\s+/g, '');
  // At least a few characters: a lone "展" left by a line break is not a heading.
  return (rest.length <= 30 && (m ? rest.length > 0 : rest.length >= 4) && !/[,,;;、。]/.test(rest)) || isTitleLine(text);
}

/** A line that stops mid-sentence: no closing punctuation, no heading, field or bare number ("1.") of its own. */
export function stopsMidSentence(line: string): boolean {
  return !/[。;;!!??::)\]】]$/.test(line) && !isHeadingLike(line) && !isLabelLine(line) && !isBareMarker(line);
}
