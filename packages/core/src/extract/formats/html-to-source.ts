import { isSiteToolsLine } from '../line-noise.js';
import { parseDocument } from 'htmlparser2';
import { toHalfWidth } from '../dates/calendar.js';
import type { SourceText } from '../source-text.js';
import { SourceBuilder, type RawCell } from './source-builder.js';

/** The parts of a domhandler node this reader uses. */
interface DomNode {
  type: string;
  name?: string;
  data?: string;
  attribs?: Record<string, string>;
  children?: DomNode[];
}

const MAX_DEPTH = 200;
const CJK_BREAK = /([\u3000-\u303f\u4e00-\u9fff\uff00-\uffef“”‘’])[ \t\u00a0]*\n\s*(?=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef“”‘’])/g;
const DROPPED = new Set([
  'script',
  'style',
  'head',
  'nav',
  'noscript',
  'iframe',
  'select',
  'button',
  'template',
  'svg',
  'object',
  'embed',
  'map',
  'footer',
  'title',
  'form',
]);
const BLOCK = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'aside',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'ul',
  'ol',
  'dl',
  'dd',
  'dt',
  'blockquote',
  'pre',
  'center',
  'address',
  'figure',
  'figcaption',
  'hr',
  'body',
  'html',
  'caption',
  'tr',
  'td',
  'th',
  'thead',
  'tbody',
  'tfoot',
]);
// Page chrome by class or id: menus, breadcrumbs, share bars, search boxes, footers.
const CHROME =
  /(^|[\s_-])(nav|navbar|menu|breadcrumbs?|crumbs?|share|bdshare|toolbar|search|login|footer|foot|copyright|sidebar|topbar|skip)([\s_-]|$)/i;

/**
 * Reads HTML into a SourceText: page chrome (script, style, head, nav, menus, footers) dropped, each block
 * element one line, <br> a new line, data tables kept as TableBlocks (rowspan/colspan, &nbsp; → empty).
 */
export function htmlToSource(html: string, format: 'html' | 'docx' = 'html'): SourceText {
  const doc = parseDocument(html, { decodeEntities: true, lowerCaseTags: true }) as unknown as DomNode;
  // In Word, tabs and runs of spaces are typed on purpose (columns lined up by hand); in a web page they are layout.
  const out = new HtmlWalker(new SourceBuilder(), format === 'docx');
  out.walk(doc.children ?? []);
  out.flush();
  return out.builder.build(format);
}

class HtmlWalker {
  private line = '';
  /** Open <ol>/<ul> lists, innermost last, with the next item number of each ordered one. */
  private readonly lists: { ordered: boolean; next: number }[] = [];

  constructor(
    readonly builder: SourceBuilder,
    private readonly keepSpacing = false,
  ) {}

  walk(nodes: DomNode[], depth = 0): void {
    for (const node of nodes) this.node(node, depth);
  }

  flush(): void {
    const text = this.keepSpacing ? this.line.replace(/\u00a0/g, ' ').trimEnd() : this.line.replace(/[ \u00a0]+/g, ' ').trim();
    // A Word paragraph keeps its leading spaces too: the indent that puts a continued cell under its column.
    if (text.trim() !== '' && !(!this.keepSpacing && isSiteToolsLine(text))) this.builder.para(text, this.keepSpacing);
    this.line = '';
  }

  private node(node: DomNode, depth: number): void {
    // Past a sane nesting depth (broken or hostile markup), read the rest as plain text without recursion.
    if (depth > MAX_DEPTH) {
      this.line += plainText(node).replace(/\s+/g, ' ');
      return;
    }
    if (node.type === 'text') {
      // A line break in the markup between two Chinese characters is source formatting, not a space.
      const data = (node.data ?? '').replace(CJK_BREAK, '$1');
      this.line += this.keepSpacing ? data.replace(/[\r\n]+/g, ' ') : data.replace(/\s+/g, ' ');
      return;
    }
    if (node.type !== 'tag' && node.type !== 'root') return;
    const name = node.name ?? '';
    if (DROPPED.has(name) || isChrome(node)) return;
    if (name === 'br') return this.flush();
    if (name === 'table') return this.table(node, depth);
    const block = BLOCK.has(name);
    if (block) this.flush();
    const list = name === 'ol' || name === 'ul';
    if (list) this.lists.push({ ordered: name === 'ol', next: Math.max(1, Number.parseInt(node.attribs?.start ?? '1', 10) || 1) });
    if (name === 'li') this.line += this.itemNumber(node);
    this.walk(node.children ?? [], depth + 1);
    if (list) this.lists.pop();
    if (block) this.flush();
  }

  /**
   * Word's automatic numbering reaches us as <ol><li> without the number (mammoth drops it), yet the
   * number is how items are found: write it back, "1." at the first level, "(1)" below, unless the
   * item's text already starts with a number of its own.
   */
  private itemNumber(li: DomNode): string {
    const list = this.lists[this.lists.length - 1];
    if (!list?.ordered) return '';
    const n = list.next++;
    if (/^\s*(?:\(?[\d一二三四五六七八九十]+[).、]|第[一二三四五六七八九十]+|[①-⑳])/.test(toHalfWidth(plainText(li).slice(0, 12))))
      return '';
    const level = this.lists.filter((l) => l.ordered).length;
    return level <= 1 ? `${n}.` : level === 2 ? `(${n})` : `${n})`;
  }

  private table(node: DomNode, depth: number): void {
    this.flush();
    const rows = tableRows(node);
    const layout = rows.length === 0 || rows.every((r) => r.cells.length <= 1) || hasNestedTable(node);
    if (layout) {
      // A layout table (page frame, single column, nested tables): read its cells as ordinary blocks.
      for (const row of rows)
        for (const cell of row.cells) {
          this.walk(cell.node.children ?? [], depth + 3);
          this.flush();
        }
      return;
    }
    this.builder.table(rows.map((r) => r.cells.map((c) => c.raw)));
  }
}

function isChrome(node: DomNode): boolean {
  const a = node.attribs;
  if (!a) return false;
  if (a.role === 'navigation' || a['aria-hidden'] === 'true' || /display\s*:\s*none/i.test(a.style ?? '')) return true;
  return CHROME.test(a.class ?? '') || CHROME.test(a.id ?? '');
}

interface Row {
  cells: { node: DomNode; raw: RawCell }[];
}

function tableRows(table: DomNode): Row[] {
  const rows: Row[] = [];
  const visit = (nodes: DomNode[]) => {
    for (const n of nodes) {
      if (n.type !== 'tag') continue;
      if (n.name === 'tr') rows.push({ cells: (n.children ?? []).filter(isCell).map((c) => ({ node: c, raw: readCell(c) })) });
      else if (n.name === 'thead' || n.name === 'tbody' || n.name === 'tfoot') visit(n.children ?? []);
    }
  };
  visit(table.children ?? []);
  return rows;
}

function isCell(n: DomNode): boolean {
  return n.type === 'tag' && (n.name === 'td' || n.name === 'th');
}

function readCell(cell: DomNode): RawCell {
  const span = (v: string | undefined) => {
    const n = Number.parseInt(v ?? '1', 10);
    return Number.isFinite(n) && n >= 1 ? Math.min(n, 1000) : 1;
  };
  return { text: cellText(cell), rowSpan: span(cell.attribs?.rowspan), colSpan: span(cell.attribs?.colspan), header: cell.name === 'th' };
}

/** A cell's text: its block children separated by a space, whitespace and &nbsp; collapsed. */
function cellText(cell: DomNode): string {
  return plainText(cell)
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

/** The text of a subtree, block elements separated by spaces; iterative, so any depth is safe. */
function plainText(root: DomNode): string {
  const parts: string[] = [];
  const stack: (DomNode | string)[] = [root];
  while (stack.length > 0) {
    const n = stack.pop();
    if (n === undefined) break;
    if (typeof n === 'string') {
      parts.push(n);
      continue;
    }
    if (n.type === 'text') parts.push(n.data ?? '');
    else if ((n.type === 'tag' || n.type === 'root') && !DROPPED.has(n.name ?? '')) {
      const sep = n.name === 'br' || BLOCK.has(n.name ?? '') ? ' ' : '';
      stack.push(sep);
      const children = n.children ?? [];
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as DomNode);
      stack.push(sep);
    }
  }
  return parts.join('');
}

function hasNestedTable(table: DomNode): boolean {
  const stack = [...(table.children ?? [])];
  while (stack.length > 0) {
    const n = stack.pop();
    if (!n || n.type !== 'tag') continue;
    if (n.name === 'table') return true;
    for (const c of n.children ?? []) stack.push(c);
  }
  return false;
}
