import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/extract/formats/index.js';
import { BORDERLESS_TABLE } from '../support/borderless-table.js';
import { tinyPdf } from '../support/tiny-pdf.js';

/** 35 characters of 12 pt: set from x = 80 they stop 23 pt short of the right margin (595 − 72). */
const SIGNED = '各单位要按要求推进落实并及时报送进展。某某区人民政府二〇二五年三月三日';

describe('PDF: a line that stops short of the margin with room for the next', () => {
  it('ends its paragraph when the next line starts with a Chinese character that would have fitted', async () => {
    expect([...SIGNED]).toHaveLength(35);
    const pdf = tinyPdf([[{ x: 80, text: SIGNED }, '某某区重点任务分解表', '一、加强组织领导。']]);
    const lines = (await readDocument({ bytes: pdf, fileName: 'plan.pdf' })).text.split('\n');
    expect(lines.slice(0, 2)).toEqual([SIGNED, '某某区重点任务分解表']);
  });

  it('still runs on when the next line starts with a character and a mark that may not start a line', async () => {
    // The character and the comma after it went down together: one sentence, wrapped.
    const wrapped = '请各牵头单位于每季度末前将工作进展报送至区卫生城市创建工作领导小组办公';
    expect([...wrapped]).toHaveLength(35);
    const pdf = tinyPdf([[{ x: 80, text: wrapped }, '室,逾期未报的予以通报。', '一、加强组织领导。']]);
    const lines = (await readDocument({ bytes: pdf, fileName: 'plan.pdf' })).text.split('\n');
    expect(lines[0]).toBe(`${wrapped}室,逾期未报的予以通报。`);
  });
});

describe('PDF: a sentence ending a character short of the margin', () => {
  // 36 characters of 12 pt from x = 72 stop at 504: one more fits (516), not one and most of another.
  const ENDED = '做好老年人心理关爱为农牧区独居空巢老年人提供心理关爱服务十一月底前覆盖。';
  const OPEN = '做好老年人心理关爱为农牧区独居空巢老年人提供心理关爱服务十一月底前全部覆';

  it('ends its paragraph when the next character would have fitted', async () => {
    expect([...ENDED]).toHaveLength(36);
    const pdf = tinyPdf([[ENDED, '以上三项由省教育厅牵头。', '四、组织保障']]);
    const lines = (await readDocument({ bytes: pdf, fileName: 'plan.pdf' })).text.split('\n');
    expect(lines.slice(0, 2)).toEqual([ENDED, '以上三项由省教育厅牵头。']);
  });

  it('still runs on inside a sentence', async () => {
    expect([...OPEN]).toHaveLength(36);
    const pdf = tinyPdf([[OPEN, '盖以上人群。', '四、组织保障']]);
    const lines = (await readDocument({ bytes: pdf, fileName: 'plan.pdf' })).text.split('\n');
    expect(lines[0]).toBe(`${OPEN}盖以上人群。`);
  });
});

describe('PDF: a row of columns above the heading of a table', () => {
  it('does not run on into the heading: its last cell did not wrap there', async () => {
    const row = (n: string, name: string, unit: string) => [
      { x: 72, text: n },
      { x: 110, text: name },
      { x: 430, text: unit },
    ];
    const pdf = tinyPdf([
      [
        row('序号', '指标名称', '牵头单位'),
        row('1', '居民健康素养水平', '县卫生健康局'),
        '重点任务分工表',
        [],
        [],
        [],
        ...BORDERLESS_TABLE,
      ],
    ]);
    const source = await readDocument({ bytes: pdf, fileName: 'plan.pdf' });
    const lines = source.text.split('\n');
    expect(lines.some((l) => l.trim() === '重点任务分工表')).toBe(true);
    expect(
      lines
        .find((l) => l.startsWith('1 '))
        ?.trim()
        .endsWith('县卫生健康局'),
    ).toBe(true);
    expect(source.blocks.filter((b) => b.kind === 'table')).toHaveLength(1);
  });
});
