import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/index.js';

// A page in simplified characters inside a site frame written in traditional ones, with one attribution pasted in
// traditional characters: each field comes back as the document writes it where it was read.
const PAGE = [
  '青山縣衛生健康局 简体版 | 繁體版',
  '首頁 > 信息公開 > 計劃總結',
  '青山县卫生健康局2026年工作要点',
  '發佈時間:2026-02-10 來源:青山縣衛生健康局 瀏覽次數:',
  '一、强化疾病防控',
  '(1)完善监测网络,建立学校缺课日报告制度。(牵头:疾病防控科;配合:各乡镇卫生院)',
  '(2)开展流感疫苗接种,规范预检分诊。(牽頭:疾病防控科;配合:縣醫院醫務處、各鄉鎮衛生院)',
  '(3)组织卫生监督抽查,年内完成。(牵头:综合监督科;配合:县卫生监督所)',
  '青山县卫生健康局',
  '2026年2月9日',
  '【打印本頁】【關閉窗口】 主辦單位:青山縣衛生健康局',
].join('\n');

describe('a document only partly in traditional characters', () => {
  it('keeps each attribution as written in its own item', async () => {
    const plan = await parsePlan({ text: PAGE });
    expect(plan.tasks.map((t) => [t.lead, t.participants])).toEqual([
      [['疾病防控科'], ['各乡镇卫生院']],
      [['疾病防控科'], ['縣醫院醫務處', '各鄉鎮衛生院']],
      [['综合监督科'], ['县卫生监督所']],
    ]);
  });

  it('keeps the title and issuer as written where the title was read', async () => {
    const plan = await parsePlan({ text: PAGE });
    expect(plan.meta.title).toBe('青山县卫生健康局2026年工作要点');
    expect(plan.meta.issuer).toBe('青山县卫生健康局');
  });
});
