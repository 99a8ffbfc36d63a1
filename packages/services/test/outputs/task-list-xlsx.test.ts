import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '@duban/core';
import { buildProgressXlsx } from '../../src/outputs/progress-xlsx.js';
import { buildTaskListXlsx, deadlineText } from '../../src/outputs/task-list-xlsx.js';
import { sampleTaskList } from './sample-task-list.js';

async function open(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

const values = (ws: ExcelJS.Worksheet, row: number) =>
  Array.from({ length: ws.columnCount }, (_, i) => ws.getRow(row).getCell(i + 1).value).map((v) =>
    v === undefined || v === null ? '' : String(v),
  );

describe('任务清单 .xlsx', () => {
  it('writes the standard layout: title, header, merged section rows, task rows', async () => {
    const ws = (await open(await buildTaskListXlsx(sampleTaskList()))).getWorksheet('任务清单');
    if (!ws) throw new Error('sheet missing');
    expect(ws.getCell('A1').value).toBe('健康盘锦行动2026年重点任务清单');
    expect(values(ws, 2)).toEqual(['序号', '重点任务', '牵头单位', '参与单位', '完成时限', '进展情况']);
    expect(ws.getCell('A3').value).toBe('一、健康知识普及行动');
    expect(values(ws, 4)).toEqual([
      '1',
      '建立健全健康科普专家库和资源库，构建健康科普知识发布和传播机制。',
      '市卫生健康委',
      '市委宣传部、市教育局',
      '2026年6月底前',
      '',
    ]);
    expect(values(ws, 5)).toEqual(['2', '开展健康促进县区建设。', '市卫生健康委', '', '持续推进', '已完成60%']);
    expect(ws.getCell('A6').value).toBe('二、合理膳食行动');
    expect(values(ws, 7)[4]).toBe('2026年底前；持续推进');
    expect(ws.rowCount).toBe(8);
    // Title and section rows merged across the six columns.
    expect(ws.model.merges.sort()).toEqual(['A1:F1', 'A3:F3', 'A6:F6']);
    expect(ws.getCell('F3').isMerged).toBe(true);
    expect(ws.getCell('B4').font.name).toBe('仿宋_GB2312');
  });

  it('freezes the header and sets up printing (A4 landscape, one page wide, header repeated)', async () => {
    const ws = (await open(await buildTaskListXlsx(sampleTaskList()))).getWorksheet('任务清单');
    expect(ws?.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(ws?.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:2',
    });
  });

  it('writes deadlines the way offices do', () => {
    expect(deadlineText(['2026-06-30'], false)).toBe('2026年6月底前');
    expect(deadlineText(['2026-12-31'], false)).toBe('2026年底前');
    expect(deadlineText(['2026-02-28', '2026-09-15'], true)).toBe('2026年2月底前；2026年9月15日前；持续推进');
    expect(deadlineText([], false)).toBe('');
  });

  it('round trip: export → import gives back the same tasks, units, deadlines and sections', async () => {
    const data = sampleTaskList();
    const plan = await parsePlan({ bytes: await buildTaskListXlsx(data), fileName: '任务清单.xlsx' });
    expect(plan.source.format).toBe('xlsx');
    expect(plan.meta.title).toBe('健康盘锦行动2026年重点任务清单');
    // The engine folds full-width punctuation (，→ ,) for every format, so compare folded text.
    const expected = data.sections.flatMap((s) =>
      s.rows.map((r) => ({
        section: s.heading,
        number: r.number,
        text: r.text.normalize('NFKC'),
        lead: r.leads,
        participants: r.participants,
      })),
    );
    expect(
      plan.tasks.map((t) => ({ section: t.path[0] ?? null, number: t.number, text: t.text, lead: t.lead, participants: t.participants })),
    ).toEqual(expected);
    expect(plan.tasks.map((t) => [t.due, t.ongoing])).toEqual([
      [['2026-06-30'], false],
      [[], true],
      [['2026-12-31'], true],
      [['2026-09-15'], false],
    ]);
  });
});

describe('进展情况汇总表 .xlsx', () => {
  it('lists the latest report per task and unit with a frozen header and shaded warnings', async () => {
    const bytes = await buildProgressXlsx({
      title: '健康盘锦行动',
      periodLabel: '2026年第3季度',
      asOf: '2026-09-30',
      sections: [
        {
          heading: '一、健康知识普及行动',
          rows: [
            {
              number: '1',
              task: '建立健康科普专家库',
              leads: ['市卫生健康委'],
              unit: '市卫生健康委',
              percent: 60,
              narrative: '已遴选专家42名',
              state: '已审核',
              submittedAt: '2026-09-20',
              onTime: true,
              colour: '黄',
            },
            {
              number: '2',
              task: '开展健康促进县区建设',
              leads: ['市卫生健康委'],
              unit: '市卫生健康委',
              percent: null,
              narrative: '',
              state: '未报送',
              submittedAt: null,
              onTime: null,
              colour: '红',
            },
          ],
        },
      ],
    });
    const ws = (await open(bytes)).getWorksheet('进展情况汇总表');
    if (!ws) throw new Error('sheet missing');
    expect(ws.getCell('A1').value).toBe('健康盘锦行动进展情况汇总表');
    expect(ws.getCell('A2').value).toBe('报送期间：2026年第3季度　　统计截至：2026-09-30');
    expect(values(ws, 3)).toEqual([
      '序号',
      '重点任务',
      '牵头单位',
      '报送单位',
      '进度(%)',
      '进展情况',
      '报送时间',
      '是否按时',
      '审核状态',
      '预警',
    ]);
    expect(ws.getCell('A4').value).toBe('一、健康知识普及行动');
    expect(values(ws, 5)).toEqual([
      '1',
      '建立健康科普专家库',
      '市卫生健康委',
      '市卫生健康委',
      '60',
      '已遴选专家42名',
      '2026-09-20',
      '是',
      '已审核',
      '黄',
    ]);
    expect(ws.getCell('E5').value).toBe(60);
    expect(values(ws, 6).slice(3, 10)).toEqual(['市卫生健康委', '', '', '', '', '未报送', '红']);
    expect(ws.getCell('B6').fill).toMatchObject({ fgColor: { argb: 'FFF8C9C9' } });
    expect(ws.model.merges.sort()).toEqual(['A1:J1', 'A2:J2', 'A4:J4']);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
  });
});
