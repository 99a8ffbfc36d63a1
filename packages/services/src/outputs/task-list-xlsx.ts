import { loadExcel } from './excel.js';

/** One row of a 任务清单. */
export interface TaskListRow {
  /** 序号 as shown (the task's number, else its running index). */
  number: string;
  /** 重点任务: the task's full text. */
  text: string;
  leads: string[];
  participants: string[];
  /** 完成时限 as written (see {@link deadlineText}). */
  deadline: string;
  /** 进展情况: the latest accepted report, or empty. */
  progress: string;
}

/** The data of a 任务清单 sheet: a title and the tasks grouped under their action areas (sections). */
export interface TaskListData {
  title: string;
  sections: { heading: string | null; rows: TaskListRow[] }[];
}

const HEADER = ['序号', '重点任务', '牵头单位', '参与单位', '完成时限', '进展情况'];
const WIDTHS = [7, 60, 20, 28, 16, 36];
const THIN = { style: 'thin' as const, color: { argb: 'FF000000' } };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const FONT = { name: '仿宋_GB2312', size: 11 };
const HEAD_FONT = { name: '黑体', size: 11 };

/** A task's 完成时限 as an office writes it: 2026年6月底前 (a month end), 2026年6月15日前, 持续推进, or both. */
export function deadlineText(due: readonly string[], ongoing: boolean): string {
  const dates = due.map((d) => {
    const [y, m, day] = d.split('-').map(Number) as [number, number, number];
    const monthEnd = new Date(Date.UTC(y, m, 0)).getUTCDate() === day;
    return monthEnd ? (m === 12 ? `${y}年底前` : `${y}年${m}月底前`) : `${y}年${m}月${day}日前`;
  });
  if (ongoing) dates.push('持续推进');
  return dates.join('；');
}

/**
 * The 任务清单 .xlsx in the layout offices circulate: a title row, the header 序号 / 重点任务 / 牵头单位 / 参与单位 /
 * 完成时限 / 进展情况 frozen under it, one row per section merged across the width, thin borders, wrapped text,
 * and print setup (A4 landscape, fit to one page wide, header rows repeated on every page).
 */
export async function buildTaskListXlsx(data: TaskListData): Promise<Buffer> {
  const wb = new (await loadExcel()).Workbook();
  wb.creator = 'Duban';
  const ws = wb.addWorksheet('任务清单', {
    views: [{ state: 'frozen', ySplit: 2, xSplit: 0, topLeftCell: 'A3' }],
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      printTitlesRow: '1:2',
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: '&C— &P —' },
  });
  ws.columns = WIDTHS.map((width) => ({ width }));

  const title = ws.addRow([data.title]);
  ws.mergeCells(1, 1, 1, HEADER.length);
  title.height = 32;
  title.getCell(1).font = { name: '方正小标宋简体', size: 18 };
  title.getCell(1).alignment = { horizontal: 'center', vertical: 'middle' };

  const head = ws.addRow(HEADER);
  head.height = 22;
  head.eachCell((c) => {
    c.font = HEAD_FONT;
    c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    c.border = BORDER;
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEFEFEF' } };
  });

  for (const section of data.sections) {
    if (section.heading) {
      const row = ws.addRow([section.heading]);
      ws.mergeCells(row.number, 1, row.number, HEADER.length);
      row.getCell(1).font = HEAD_FONT;
      row.getCell(1).alignment = { vertical: 'middle' };
      row.getCell(1).border = BORDER;
    }
    for (const t of section.rows) {
      const row = ws.addRow([t.number, t.text, t.leads.join('、'), t.participants.join('、'), t.deadline, t.progress]);
      row.eachCell({ includeEmpty: true }, (c, col) => {
        c.font = FONT;
        c.border = BORDER;
        c.alignment = { vertical: 'middle', wrapText: true, horizontal: col === 1 || col === 5 ? 'center' : 'left' };
      });
    }
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
