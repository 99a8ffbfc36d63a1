import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/extract/formats/index.js';
import { extractMeta } from '../../src/extract/meta/extract-meta.js';
import { isSiteNavigation } from '../../src/extract/structure/site-navigation.js';

const metaOf = async (text: string) => extractMeta(await readDocument({ text, fileName: 'page.txt' }));

describe('site navigation lines', () => {
  it.each([
    '首页 › 机构设置 › 部门文件',
    '首页  新闻中心  办事指南  公众参与',
    '青山县人民政府 首页 / 政策法规 / 部门文件',
    '网站首页 > 专题专栏',
    '当前位置:首页 >> 政策文件',
    '您现在的位置:首页 | 通知公告',
    '青山县卫生健康局 - 政府信息公开 - 工作动态',
    '青山县人民政府 > 信息公开 > 规划计划',
    '首頁 > 新聞中心 > 政策文件',
  ])('%s is navigation', (line) => {
    expect(isSiteNavigation(line)).toBe(true);
  });
  it.each([
    '青山县2025年首页改版工作方案',
    '关于做好网站首页内容保障的通知',
    '一、加强首页信息发布审核',
    '青山县2025年政务公开工作要点',
    '发布时间:2025-02-11  来源:县政府办',
  ])('%s is not', (line) => {
    expect(isSiteNavigation(line)).toBe(false);
  });

  it('never joins a menu or breadcrumb line to the title under it', async () => {
    for (const nav of [
      '首页  新闻中心  办事指南  公众参与',
      '首页 › 机构设置 › 部门文件',
      '青山县人民政府 首页 / 政策法规 / 部门文件',
      '青山县民政局 - 政府信息公开 - 工作动态',
    ]) {
      const meta = await metaOf(
        [nav, '青山县2025年养老服务重点任务清单', '发布时间:2025-02-11  来源:县民政局', '一、扩大服务供给'].join('\n'),
      );
      expect(meta.title).toBe('青山县2025年养老服务重点任务清单');
    }
  });
});

describe('titles of progress tables and inspection bulletins', () => {
  it.each([
    '青山县2025年为民办实事推进情况表（截至5月底）',
    '青山县2025年重点项目建设计划表',
    '青山县2025年民生实事进度表',
    '关于2025年第一季度重点工作督查情况的通报',
    '青山县营商环境专项督查情况通报',
  ])('reads %s as the title', async (title) => {
    const meta = await metaOf(['青山县人民政府门户网站', title, '发布时间:2025-06-03  来源:县政府办', '1.城区停车位建设…'].join('\n'));
    expect(meta.title).toBe(title);
  });
});

describe('a publication line that gives its date before any label', () => {
  it.each([
    ['2025-04-18  来源:县政府办公室  【字号:大 中 小】', '2025-04-18'],
    ['2025年4月18日 信息来源:县政府办公室', '2025-04-18'],
    ['2025-04-18 09:30  来源:县政府办公室  作者:王某', '2025-04-18'],
  ])('%s dates the page', async (line, date) => {
    const meta = await metaOf(
      ['青山县人民政府', '青山县2025年十件民生实事项目清单', line, '一、新建社区食堂6个。责任单位:县民政局。'].join('\n'),
    );
    expect(meta.date).toBe(date);
  });
  it('a line of text with a date in it is no publication line', async () => {
    const meta = await metaOf(['青山县2025年十件民生实事项目清单', '一、新建社区食堂6个,2025-04-18前完成。责任单位:县民政局。'].join('\n'));
    expect(meta.date).toBeNull();
  });
});

describe('a metadata table row is never half of a title', () => {
  it('reads the 标题 cell, not the row above joined to it', async () => {
    const html = [
      '<html><body><table>',
      '<tr><th>发布单位</th><td>青山县人民政府办公室</td><th>成文日期</th><td>2025-05-06</td></tr>',
      '<tr><th>标　　题</th><td colspan="3">青山县2025年慢性病防治重点任务分工方案</td></tr>',
      '</table><p>一、加强筛查。(县卫生健康局负责)</p></body></html>',
    ].join('');
    const meta = extractMeta(await readDocument({ text: html, fileName: 'page.html' }));
    expect(meta.title).toBe('青山县2025年慢性病防治重点任务分工方案');
  });
});
