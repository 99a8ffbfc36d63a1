import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/extract/formats/index.js';

const read = (html: string) => readDocument({ bytes: new TextEncoder().encode(html), fileName: 'p.html' });

describe('readDocument: a site tool bar in an HTML page', () => {
  it('drops a line of site tools only, however its links are written', async () => {
    const source = await read(`<html><body>
<div class="head"><span><a href="#">无障碍</a><a href="#">关怀版</a><a href="#">English</a></span></div>
<div class="links">简体 | 繁體 | 长者模式</div>
<h1>某县2026年重点项目推进计划</h1>
<p>各单位要按时报送无障碍设施建设进展。</p>
</body></html>`);
    expect(source.text.split('\n')).toEqual(['某县2026年重点项目推进计划', '各单位要按时报送无障碍设施建设进展。']);
  });
});
