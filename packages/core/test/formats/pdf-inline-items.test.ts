import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/extract/formats/index.js';
import { continuesInlineItems } from '../../src/extract/formats/pdf-inline-items.js';
import { tinyPdf } from '../support/tiny-pdf.js';

// tinyPdf sets 12 pt glyphs one em wide from x = 72 on a 595 pt page: a line of 37 glyphs reaches the margin.
const read = async (lines: string[]) => (await readDocument({ bytes: tinyPdf([lines]), fileName: 'plan.pdf' })).text.split('\n');

const HEAD = ['青川县二〇二六年为民办实事项目清单', '各乡镇人民政府,县级各部门:', '现将项目清单印发给你们,请认真抓好落实。'];

describe('continuesInlineItems', () => {
  it('continues a paragraph that holds the item before inline', () => {
    expect(continuesInlineItems('一、住房保障。(1)改造老旧小区十二个;(2)新建公租房八十套;', '(3)新增停车泊位。')).toBe(true);
    expect(continuesInlineItems('二、养老服务。①建设助餐点六个;', '②培训护理员。')).toBe(true);
    expect(continuesInlineItems('三、教育。(一)新建幼儿园一所;', '(二)改造食堂。')).toBe(true);
  });

  it('leaves apart a list whose items each start a line, and a number out of sequence', () => {
    expect(continuesInlineItems('(2)新建公租房八十套,确保年底前交付使用;', '(3)新增停车泊位。')).toBe(false);
    expect(continuesInlineItems('一、住房保障。(1)改造老旧小区十二个;', '(3)新增停车泊位。')).toBe(false);
    expect(continuesInlineItems('一、住房保障。(1)改造老旧小区;(2)新建公租房;', '(2)新增停车泊位。')).toBe(false);
    expect(continuesInlineItems('一、住房保障。(1)改造老旧小区;', '二、教育提质。')).toBe(false);
  });
});

describe('PDF paragraphs that enumerate their items inline', () => {
  it('joins a line wrapped just before the next inline item', async () => {
    const first = '四、安居工程。(1)改造城镇老旧小区十五个;(2)完成供热管网改造九公里;';
    expect(first.length).toBe(37);
    expect(await read([...HEAD, first, '(3)新增公共停车泊位六百个。责任单位:县住房和城乡建设局。', '五、出行便民工程。'])).toEqual([
      ...HEAD,
      `${first}(3)新增公共停车泊位六百个。责任单位:县住房和城乡建设局。`,
      '五、出行便民工程。',
    ]);
  });

  it('keeps each item of a list set one a line apart, however full the line above', async () => {
    const first = '(2)完成县城集中供热管网改造九公里,确保今年供暖季之前全部投入正常使用;';
    expect(first.length).toBeGreaterThanOrEqual(36);
    expect(await read([...HEAD, '(1)改造城镇老旧小区十五个。', first, '(3)新增公共停车泊位六百个。'])).toEqual([
      ...HEAD,
      '(1)改造城镇老旧小区十五个。',
      first,
      '(3)新增公共停车泊位六百个。',
    ]);
  });
});
