import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/index.js';

// Invented wording: the edges of a page excerpt — a sharing site's numbered hints, an item cut after a few characters.
const tasksOf = async (lines: string[]) => (await parsePlan({ text: lines.join('\n') })).tasks.map((t) => t.number);

describe('edges of a page excerpt', () => {
  it('drops the numbered hints of a document-sharing site', async () => {
    expect(
      await tasksOf([
        '文库首页 > 文档分类 > 方案',
        '温馨提示',
        '1、本站文档均由用户上传,仅供在线预览。',
        '2、文件下载后若被浏览器直接打开,请另存到桌面再用办公软件打开。',
        '3、试题试卷类文档未注明含答案的均不含答案。',
        '某镇健康村镇建设实施方案',
        '一、重点任务',
        '1.整治村容村貌。清理乱堆乱放,每月开展一次集中整治。(责任单位:镇村建办)',
      ]),
    ).toEqual(['1']);
  });

  it('drops an item cut a few characters in by the end of the text', async () => {
    expect(await tasksOf(['一、重点任务', '(一)完善基层医疗网络。推进村卫生室标准化建设。(县卫健局牵头)', '(二)开展“清'])).toEqual([
      '(一)',
    ]);
  });

  it('keeps a short heading item that is followed by more text', async () => {
    expect(await tasksOf(['一、重点任务', '(一)完善基层医疗网络。推进村卫生室标准化建设。', '(二)加强宣传引导', '某县卫生健康局'])).toEqual(
      ['(一)', '(二)'],
    );
  });
});
