import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/index.js';
import { readGroupSentence } from '../../src/extract/structure/group-sentence.js';

const rolesOf = async (lines: string[]) =>
  (await parsePlan({ text: lines.join('\n') })).tasks.map((t) => [t.number, t.lead, t.participants]);

const plan = (groupLine: string) => [
  '某区2025年营商环境重点工作分工',
  '一、优化政务服务',
  '1.推行企业登记全程网办。(责任单位:区市场监管局)',
  '2.建设政务服务自助终端网点。',
  '3.开展政务热线服务质量评估。',
  '4.推进证照电子化应用。',
  groupLine,
  '二、强化要素保障',
  '5.盘活闲置低效工业用地。(责任单位:区自然资源局)',
];

describe('a sentence after a group of items that names which items it covers', () => {
  it('reads the range, the count or nothing from the words before the owner', () => {
    expect(readGroupSentence('以上第3—4项由区数据局牵头,区财政局配合。')).toMatchObject({ range: [3, 4], count: null });
    expect(readGroupSentence('以上第二至四项由区数据局负责')).toMatchObject({ range: [2, 4] });
    expect(readGroupSentence('以上两项由区数据局牵头')).toMatchObject({ range: null, count: 2 });
    expect(readGroupSentence('上述工作由区数据局负责。')).toMatchObject({ range: null, count: null, roles: '区数据局负责。' });
    expect(readGroupSentence('以上3项牵头单位:区数据局;配合单位:区财政局')?.roles).toBe('牵头单位:区数据局;配合单位:区财政局');
    expect(readGroupSentence('以上工作要按时完成。')).toBeNull();
  });

  it('gives the roles only to the items of a range written 第X—Y项', async () => {
    expect(await rolesOf(plan('以上第3—4项由区数据局牵头,区财政局、区通信管理办配合。'))).toEqual([
      ['1', ['区市场监管局'], []],
      ['2', [], []],
      ['3', ['区数据局'], ['区财政局', '区通信管理办']],
      ['4', ['区数据局'], ['区财政局', '区通信管理办']],
      ['5', ['区自然资源局'], []],
    ]);
  });

  it('gives the roles to the number of items just before it that "以上N项" counts', async () => {
    const rows = await rolesOf(plan('以上两项由区数据局牵头,区财政局配合。'));
    expect(rows.slice(1, 4)).toEqual([
      ['2', [], []],
      ['3', ['区数据局'], ['区财政局']],
      ['4', ['区数据局'], ['区财政局']],
    ]);
  });

  it('reads role labels written after the group words', async () => {
    const rows = await rolesOf(plan('以上第2至4项牵头单位:区数据局;配合单位:区财政局。'));
    expect(rows.slice(1, 4)).toEqual([
      ['2', ['区数据局'], ['区财政局']],
      ['3', ['区数据局'], ['区财政局']],
      ['4', ['区数据局'], ['区财政局']],
    ]);
  });
});
