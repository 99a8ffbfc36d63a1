import { describe, expect, it } from 'vitest';
import { cleanPdfBlocks, type PdfLine } from '../../src/extract/formats/pdf-lines.js';
import type { Positioned } from '../../src/extract/formats/pdf-geometry.js';
import { tabsBefore } from '../../src/extract/formats/pdf-spacing.js';

const line = (text: string, extra: Partial<PdfLine> = {}): PdfLine => ({ text, page: 1, full: true, endsShort: true, ...extra });

describe('rows laid out on tab stops that wrapped at a tab', () => {
  it('gives a row the tabs of its empty cells back when it broke at a tab, up to the tabs most rows have', () => {
    const out = cleanPdfBlocks([
      line('序号\t项目\t牵头单位\t配合单位\t完成时限\t进展', { full: false }),
      line('1\t学位扩容\t区教育局\t区住建局\t2025年8月\t已完成', { full: false }),
      // Ends short of the margin, room for one more stop: its empty 配合单位 kept a tab there.
      line('2\t饮水工程\t区水利局', { stopsToMargin: 1 }),
      line('2025年10月\t已完成20处', { indent: '\t', full: false }),
      // The same print, but the tab went on with the date that did not fit after it: nothing to add.
      line('3\t内涝治理\t区住建局\t区城管局', { stopsToMargin: 1 }),
      line('2025年9月\t已完成', { indent: '\t', full: false }),
    ]);
    expect(out).toEqual([
      '序号\t项目\t牵头单位\t配合单位\t完成时限\t进展',
      '1\t学位扩容\t区教育局\t区住建局\t2025年8月\t已完成',
      '2\t饮水工程\t区水利局\t\t2025年10月\t已完成20处',
      '3\t内涝治理\t区住建局\t区城管局\t2025年9月\t已完成',
    ]);
  });

  it('reads a stop reached right after Chinese by a number, with no space run between, as a tab', () => {
    const run = (text: string, x: number, right: number): Positioned => ({ text, x, right, y: 500, size: 10 });
    const tabs = { left: 56.8, step: 35.43 };
    const tabbed = [run('岸局、区供销社', 56.8, 126.8), run('2025', 127.7, 151.7)];
    expect([...tabsBefore(tabbed, tabs).values()]).toEqual([1]);
    // The typesetter's space run between Chinese and a number is no tab, stop or not.
    const spaced = [run('岸局、区供销社', 56.8, 125.7), run(' ', 125.7, 127.7), run('2025', 127.7, 151.7)];
    expect(tabsBefore(spaced, tabs).size).toBe(0);
    expect(tabsBefore(spaced, { ...tabs, thin: 2 }).size).toBe(0);
    // A space run narrower than the page's typesetter's spacing: a tab that had that little way to its stop.
    const short = [run('新河镇人民政府', 56.8, 125.9), run(' ', 125.9, 127.7), run('2024', 127.7, 151.7)];
    expect([...tabsBefore(short, { ...tabs, thin: 2 }).values()]).toEqual([1]);
  });
});
