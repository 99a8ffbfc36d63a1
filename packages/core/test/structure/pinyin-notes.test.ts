import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/index.js';
import { withoutPinyin } from '../../src/extract/pinyin-notes.js';

describe('pinyin readings printed after characters', () => {
  it('takes them out of names, and nothing else', () => {
    expect(withoutPinyin('市發(fā)展和改革委員會')).toBe('市發展和改革委員會');
    expect(withoutPinyin('各鄉(xiāng)鎮人民政府')).toBe('各鄉鎮人民政府');
    expect(withoutPinyin('县卫健局(牵头)')).toBe('县卫健局(牵头)');
    expect(withoutPinyin('医保(DRG)办')).toBe('医保(DRG)办');
    expect(withoutPinyin('(xiāng)开头')).toBe('(xiāng)开头');
  });

  it('gives units and the title without the readings, and keeps the task text as written', async () => {
    const plan = await parsePlan({
      text: ['某市2025年為(wèi)民辦實(shí)事責任分工', '1.新建社區(qū)養老服務站10個。(市民政局牵头,各鄉(xiāng)鎮人民政府配合)'].join('\n'),
    });
    expect(plan.tasks[0]?.participants).toEqual(['各鄉鎮人民政府']);
    expect(plan.tasks[0]?.text).toContain('社區(qū)');
  });
});
