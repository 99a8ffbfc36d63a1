import { describe, expect, it } from 'vitest';
import type { TableBlock } from '../../src/extract/source-text.js';
import { readDocument } from '../../src/extract/formats/index.js';

const PAGE = `<!DOCTYPE html><html><head><title>站点标题</title><style>p{color:red}</style><script>var x='一、脚本';</script></head>
<body>
<div class="top-nav"><a href="/">首页</a> | <a>登录</a></div>
<nav><ul><li>政务公开</li><li>办事服务</li></ul></nav>
<div class="breadcrumb">您现在所在的位置: 首页 &gt; 政府文件</div>
<div class="article">
  <h1>关于印发健康城市
  建设方案的通知</h1>
  <p>各区人民政府:<br>现将方案印发给你们。</p>
  <p>一、总体要求</p>
  <table border="1">
    <tr><td>序号</td><td>任务</td><td>牵头单位</td><td>完成时限</td></tr>
    <tr><td colspan="4">一、健康环境</td></tr>
    <tr><td>1</td><td><p>加强控烟</p><p>宣传</p></td><td rowspan="2">市卫生健康委</td><td>&nbsp;</td></tr>
    <tr><td>2</td><td>推进健身设施建设</td><td>2021年</td></tr>
  </table>
  <p>附件:任务分工表</p>
</div>
<div class="footer">版权所有 网站标识码</div>
</body></html>`;

describe('readDocument: HTML', () => {
  it('drops page chrome and keeps the document text, one block element per line', async () => {
    const source = await readDocument({ bytes: new TextEncoder().encode(PAGE), fileName: 'page.html' });
    expect(source.format).toBe('html');
    expect(source.text).not.toMatch(/站点标题|脚本|color|政务公开|首页|版权所有|所在的位置/);
    const lines = source.text.split('\n');
    expect(lines.slice(0, 4)).toEqual(['关于印发健康城市建设方案的通知', '各区人民政府:', '现将方案印发给你们。', '一、总体要求']);
    expect(lines[lines.length - 1]).toBe('附件:任务分工表');
  });

  it('keeps a data table as a TableBlock with spans, empty &nbsp; cells and a tab-joined text row', async () => {
    const source = await readDocument({ text: PAGE, fileName: 'page.html' });
    const table = source.blocks.find((b): b is TableBlock => b.kind === 'table');
    expect(table).toBeDefined();
    if (!table) return;
    expect(table.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['序号', '任务', '牵头单位', '完成时限'],
      ['一、健康环境'],
      ['1', '加强控烟 宣传', '市卫生健康委', ''],
      ['2', '推进健身设施建设', '2021年'],
    ]);
    expect(table.rows[1]?.cells[0]?.colSpan).toBe(4);
    expect(table.rows[2]?.cells[2]?.rowSpan).toBe(2);
    for (const row of table.rows) {
      expect(source.text.slice(row.start, row.end)).toBe(row.cells.map((c) => c.text).join('\t'));
      for (const cell of row.cells) expect(source.text.slice(cell.start, cell.end)).toBe(cell.text);
    }
    const lineOf = (offset: number) => source.text.slice(0, offset).split('\n').length;
    expect(table.line).toBe(lineOf(table.start));
    for (const row of table.rows) expect(row.line).toBe(lineOf(row.start));
  });

  it('marks a header row written in <th>', async () => {
    const html =
      '<table><thead><tr><th>指标</th><th>目标值</th></tr></thead><tbody><tr><td>健康素养水平</td><td>≥22%</td></tr></tbody></table>';
    const source = await readDocument({ text: html, fileName: 'x.html' });
    const table = source.blocks.find((b): b is TableBlock => b.kind === 'table');
    expect(table?.rows.map((r) => r.header ?? false)).toEqual([true, false]);
  });

  it('reads a layout table (one column, or nested tables) as ordinary lines', async () => {
    const html = '<table><tr><td><p>一、总体要求</p><table><tr><td>甲</td><td>乙</td></tr></table></td></tr></table>';
    const source = await readDocument({ text: html, fileName: 'x.html' });
    expect(source.text.split('\n')[0]).toBe('一、总体要求');
    expect(source.blocks.some((b) => b.kind === 'table')).toBe(true);
  });

  it('writes back the numbers of ordered lists, unless the items carry their own', async () => {
    const html =
      '<ol><li>加强宣传<ol><li>制作作品</li><li>开展活动</li></ol></li><li>推进健身</li></ol><ol><li>1.已有编号</li></ol><ul><li>要点</li></ul>';
    const source = await readDocument({ text: html, fileName: 'x.html' });
    expect(source.text.split('\n')).toEqual(['1.加强宣传', '(1)制作作品', '(2)开展活动', '2.推进健身', '1.已有编号', '要点']);
  });

  it('survives markup nested thousands of levels deep', async () => {
    const html = '<div>'.repeat(20000) + '健康城市' + '</div>'.repeat(20000);
    const source = await readDocument({ text: html, fileName: 'x.html' });
    expect(source.text).toBe('健康城市');
  });
});
