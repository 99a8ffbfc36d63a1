import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/extract/formats/index.js';
import { extractMeta } from '../../src/extract/meta/extract-meta.js';

const titleOf = async (lines: string[]) => extractMeta(await readDocument({ text: lines.join('\n'), fileName: 'page.txt' })).title;

describe('a notice whose object quotes another document', () => {
  it('names the whole object when the quoted name is only part of it', async () => {
    const title = await titleOf([
      '青山县人民政府办公室关于印发2026年《政府工作报告》重点工作任务责任分工的通知',
      '各乡镇人民政府,县直各部门:',
      '现将重点工作任务责任分工印发给你们,请认真贯彻落实。',
      '1.地区生产总值增长6%左右。(牵头单位:县发展改革局)',
    ]);
    expect(title).toBe('2026年《政府工作报告》重点工作任务责任分工');
  });

  it('names the quoted plan when it is the whole object', async () => {
    const title = await titleOf([
      '青山县人民政府办公室关于印发《青山县健康乡村建设实施方案》的通知',
      '各乡镇人民政府,县直各部门:',
      '1.新建村卫生室5个。(牵头单位:县卫生健康局)',
    ]);
    expect(title).toBe('青山县健康乡村建设实施方案');
  });
});
