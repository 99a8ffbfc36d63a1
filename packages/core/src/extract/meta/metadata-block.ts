import { codeUnitsOf, SPACE_UNITS } from '../code-unit-sets.js';
import type { MetaLine } from './meta-lines.js';

/** Labels of web-page metadata blocks and law-database headers, as they are commonly written. */
const LABELS = [
  '索引号',
  '主题分类',
  '发文机关',
  '发布机构',
  '制定机关',
  '成文日期',
  '发布日期',
  '公布日期',
  '施行日期',
  '生效日期',
  '发文字号',
  '发布字号',
  '发文编号',
  '文件编号',
  '文号',
  '字号',
  '标题',
  '文件名称',
  '名称',
  '有效性',
  '组配分类',
  '公开方式',
  '统一编号',
  '主题词',
  '效力等级',
  '时效性',
  '发布时间',
  '信息来源',
  '浏览次数',
  '来源',
  '作者',
  '编辑',
  '体裁分类',
  '公文种类',
  '分类',
  '废止日期',
  '文件状态',
  '公开范围',
  '发布单位',
  '发文机构',
  '责任部门',
  '印发日期',
  '发文日期',
  '生成日期',
  '文章来源',
  '发布机关',
  // The line under a spreadsheet's title, and a 说明 sheet's rows ("文件来源 | X关于印发…的通知(文号)").
  '印发单位',
  '制表单位',
  '编制单位',
  '制表日期',
  '编制日期',
  '填报单位',
  '填报日期',
  '填报时间',
  '文件来源',
  '字体',
  '字号大小',
  // Publication-line fields that only end the value before them ("文章来源:X 浏览量: 发表时间:…").
  '发表时间',
  '发稿时间',
  '更新时间',
  '浏览量',
  '浏览',
  '阅读次数',
  '阅读量',
  '阅读',
  '点击数',
  '点击量',
  '访问量',
  '访问次数',
  '责任编辑',
  // An encyclopedia infobox's date of issue; a page's generation date of the 公文 itself.
  '颁布时间',
  '颁布日期',
  '公文生成日期',
  // Cells of a disclosure table ("公开责任部门 | X | 公开目录: | Y |").
  '公开责任部门',
  '公开目录',
  '公开形式',
  '公开日期',
  '内容概述',
  '信息分类',
];

// A label: its characters possibly spaced out ("索 引 号"), then a colon, or inside 【】.
const spaced = (label: string) => [...label].join('\\s*');
const ALL_LABELS = LABELS.map(spaced).join('|');
const LABEL_RE = new RegExp(`(?:[【[]\\s*(${ALL_LABELS})\\s*[】\\]]\\s*:?|(?<![\\p{Script=Han}])(${ALL_LABELS})\\s*(?::|\\t))`, 'gu');

const OPENING_LABEL_RE = new RegExp(`^\\s*(?:[【[]\\s*(?:${ALL_LABELS})\\s*[】\\]]|(?:${ALL_LABELS})\\s*[:：])`, 'u');

/** True when a line opens with a metadata label ("【效力等级】规范性文件", "发布机构:X"): a field, never a title's first half. */
export function opensWithLabel(line: string): boolean {
  return OPENING_LABEL_RE.test(line);
}

// The same labels glued to the value before them, as sibling <span>s give them ("来源:X办公室文号:Y"): read only on
// a line that already opened with a label, and only with a colon.
const GLUED_LABEL_RE = new RegExp(`(${ALL_LABELS})\\s*:`, 'gu');

/** Labels of a page's publication line, after which an unlabelled leading date is the publication date. */
const PUBLICATION_LABELS = new Set(['来源', '信息来源', '文章来源', '作者', '发布机构']);
const LEAD_PAIR = new RegExp(`^(${ALL_LABELS})\\s+(\\S+)$`, 'u');
const BARE_DATE = /^\d{4}(?:-\d{1,2}-\d{1,2}|年\d{1,2}月\d{1,2}日)(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/;

// A row of a metadata table printed without its rules: "发布机构 X办公室      成文日期  2024-06-03", each label
// followed by a space and its value, the pairs apart by wider gaps.
// Or one space before a label written with spaces inside it ("发布机构 X办公室 有 效 性 有效").
const SPACED_OUT = LABELS.filter((l) => l.length >= 3)
  .map((l) => [...l].join('\\s+'))
  .join('|');
const SPACED_PAIR = new RegExp(
  `\\s*(${ALL_LABELS})\\s+(\\S(?:.*?\\S)??)(?=\\s{2,}(?:${ALL_LABELS})\\s|\\s(?:${SPACED_OUT})\\s|\\s*$)`,
  'uy',
);

// The first characters of the labels: a line opening with none of them holds no such row.
const LABEL_START = codeUnitsOf(LABELS);
// "索引号 X  公开目录: Y": a row of the same table whose later cells keep their colons. Unlike `opensWithLabel`,
// a bare space may follow the label here (a rule-less table), and a 【】 label is no such row.
const OPENS_WITH_LABEL = new RegExp(`^\\s*(?:${ALL_LABELS})(?:\\s*:|\\s+\\S)`, 'u');
const isLabelRow = (line: MetaLine | undefined) => (line ? OPENS_WITH_LABEL.test(line.half) : false);

/** The label/value pairs of a line that is wholly such a row, or null. */
function spacedPairs(half: string): [string, number, number][] | null {
  // A table row is short; a long line is prose (and would cost the lazy value a rescan per character).
  if (half.length > 160) return null;
  let k = 0;
  while (k < half.length && SPACE_UNITS[half.charCodeAt(k)] === 1) k++;
  if (LABEL_START[half.charCodeAt(k)] !== 1) return null;
  const out: [string, number, number][] = [];
  SPACED_PAIR.lastIndex = 0;
  for (let m = SPACED_PAIR.exec(half); m; m = SPACED_PAIR.exec(half)) {
    const value = m[2] ?? '';
    const end = SPACED_PAIR.lastIndex;
    out.push([(m[1] ?? '').replace(/\s+/g, ''), end - value.length, end]);
    if (end >= half.length) return out;
  }
  return null;
}

/** The labelled fields of metadata blocks near the top of a page: label (spaces removed) → values as written. */
export function readMetadataBlock(lines: MetaLine[]): Map<string, string[]> {
  const fields = new Map<string, string[]>();
  const top = lines.slice(0, 80);
  // Rows of a rule-less metadata table count only two or more together, so that no sentence opening with a label word
  // ("来源 …") is read as one.
  const rows = top.map((line) => (/[:【[\t]/.test(line.half) ? null : spacedPairs(line.half)));
  for (const [i, line] of top.entries()) {
    const cells = pipeCells(line.raw);
    if (cells) {
      for (const [label, value] of cells) fields.set(label, [...(fields.get(label) ?? []), value]);
      continue;
    }
    const pairs = rows[i];
    if (pairs && (rows[i - 1] || rows[i + 1] || isLabelRow(top[i - 1]) || isLabelRow(top[i + 1]))) {
      for (const [label, from, to] of pairs) fields.set(label, [...(fields.get(label) ?? []), line.raw.slice(from, to)]);
      continue;
    }
    if (!/[:【[\t]/.test(line.half)) continue;
    let hits = [...line.half.matchAll(LABEL_RE)];
    if (hits.length) {
      const glued = [...line.half.matchAll(GLUED_LABEL_RE)];
      if (glued.length > hits.length && glued[0]?.index === hits[0]?.index) hits = glued;
    }
    // "2023-03-17  来源:X": a publication line may give its date first, with no label.
    const lead = line.half.slice(0, hits[0]?.index ?? 0).trim();
    if (hits.length && PUBLICATION_LABELS.has((hits[0]?.[1] ?? hits[0]?.[2] ?? '').replace(/\s+/g, '')) && BARE_DATE.test(lead))
      fields.set('发布日期', [...(fields.get('发布日期') ?? []), lead]);
    // "文      号 X〔2025〕1号 信息分类: Y": a rule-less cell before the labelled ones.
    const leadPair = hits.length ? LEAD_PAIR.exec(lead) : null;
    if (leadPair?.[1] && leadPair[2]) {
      const label = leadPair[1].replace(/\s+/g, '');
      fields.set(label, [...(fields.get(label) ?? []), leadPair[2]]);
    }
    for (let i = 0; i < hits.length; i++) {
      const hit = hits[i];
      if (!hit || hit.index === undefined) continue;
      const label = (hit[1] ?? hit[2] ?? '').replace(/\s+/g, '');
      const from = hit.index + hit[0].length;
      const to = hits[i + 1]?.index ?? line.half.length;
      // Page chrome in brackets after a value ("来源:X办公室 【字号 大 中 小】") is not part of it.
      const value = trimFurniture(
        line.raw
          .slice(from, to)
          .replace(/\s+【[^】]*】.*$/, '')
          .replace(/\s*[【[]\s*$/, ''),
      );
      if (value === '') continue;
      fields.set(label, [...(fields.get(label) ?? []), value]);
    }
  }
  return fields;
}

const LABEL_CELL = new RegExp(`^(?:${ALL_LABELS})$`, 'u');

/**
 * A metadata table kept as a crawler stores it, cells between pipes ("发文字号 | X号 | 成文日期 | 2025年3月18日 |"): the
 * label/value pairs, when the row opens with a label; else null.
 */
function pipeCells(raw: string): [string, string][] | null {
  if (!raw.includes('|')) return null;
  // A label cell may keep its colon ("成文日期: | 2022年09月14日 |").
  const cells = raw
    .split('|')
    .map((c) => c.trim().replace(/^(\S.{1,10}?)\s*[:：]$/, '$1'))
    .filter((c) => c !== '');
  if (!LABEL_CELL.test(cells[0] ?? '')) return null;
  const out: [string, string][] = [];
  for (let i = 0; i < cells.length; i++) {
    const label = cells[i] ?? '';
    const value = cells[i + 1];
    if (!LABEL_CELL.test(label) || value === undefined || LABEL_CELL.test(value)) continue;
    out.push([label.replace(/\s+/g, ''), value]);
    i++;
  }
  return out.length ? out : null;
}

// And the pipes of a table row that a crawler kept ("发布机构:  X办公室  |").
const FURNITURE = new Set([...' \t\u00a0\u3000·∙•|']);

/** Trims spaces and bullets at both ends (by hand: a regex anchored at the end rescans long space runs). */
function trimFurniture(value: string): string {
  let a = 0;
  let b = value.length;
  while (a < b && FURNITURE.has(value[a] ?? '')) a++;
  while (b > a && FURNITURE.has(value[b - 1] ?? '')) b--;
  return value.slice(a, b);
}

/** The first value of the first label present. */
export function field(fields: Map<string, string[]>, ...labels: string[]): string | null {
  for (const label of labels) {
    const v = fields.get(label)?.[0];
    if (v) return v;
  }
  return null;
}
