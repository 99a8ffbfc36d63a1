import { AlignmentType, Paragraph, Table, TableCell, TableRow, VerticalAlign, WidthType } from 'docx';
import { FONTS, SIZES, bodyPara, chineseDate, packOfficial, redHeader, run, signature, titlePara } from './official-docx.js';

/** What a printed 督办单 shows. */
export interface NoticeDocData {
  /** 督办〔2026〕第3号. */
  number: string;
  /** Red header (the office); empty for none. */
  issuer: string;
  planTitle: string;
  /** 承办单位 (the unit addressed). */
  unit: string;
  task: { number: string | null; title: string; text: string; leadUnits: string[]; due: string | null };
  /** 督办事由. */
  reason: string;
  /** Required reply date (办结时限). */
  due: string;
  /** Date issued. */
  issuedAt: string;
  /** 签发 (who approved it), when known. */
  signedBy: string | null;
  status: string;
}

/**
 * The 督办单 as a printable .docx: red header, title, number, addressed to the unit, then a ruled form
 * (督办事项, 任务内容, 督办事由, 办理要求, 办结时限, 反馈方式, 签发) and the office's signature and date.
 */
export async function buildNoticeDocx(d: NoticeDocData): Promise<Buffer> {
  const out: (Paragraph | Table)[] = [];
  if (d.issuer.trim()) out.push(...redHeader(d.issuer.trim()));
  out.push(...titlePara('督办通知单'));
  out.push(new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(d.number, FONTS.body, SIZES.hao3)] }));
  out.push(bodyPara(`${d.unit}：`, { indent: false }));
  out.push(bodyPara(`根据${d.planTitle}推进工作安排，现将下列事项交你单位办理，请于${chineseDate(d.due)}前将办理情况书面反馈。`));
  const task = `${d.task.number ? `${d.task.number} ` : ''}${d.task.title}`;
  out.push(
    formTable([
      ['编号', d.number],
      ['承办单位', d.unit],
      ['督办事项', task],
      ['任务内容', d.task.text],
      ['牵头单位', d.task.leadUnits.join('、') || '—'],
      ['任务时限', d.task.due ? chineseDate(d.task.due) : '持续推进'],
      ['督办事由', d.reason],
      [
        '办理要求',
        '请承办单位主要负责同志亲自研究，明确责任人和完成时限，逐项落实；确因客观原因不能按期办结的，应在时限前书面说明原因及预计办结时间。',
      ],
      ['办结时限', chineseDate(d.due)],
      ['反馈方式', '通过督办系统在线回复，并报送加盖单位公章的书面材料。'],
      ['签发', d.signedBy ?? ''],
    ]),
  );
  out.push(...signature(d.issuer.trim() || '督办办公室', d.issuedAt));
  return packOfficial(out, { title: `督办通知单 ${d.number}` });
}

function formTable(rows: [string, string][]): Table {
  const cell = (text: string, label: boolean) =>
    new TableCell({
      width: { size: label ? 1100 : 3900, type: WidthType.PERCENTAGE },
      verticalAlign: VerticalAlign.CENTER,
      margins: { top: 80, bottom: 80, left: 100, right: 100 },
      children: text.split('\n').map(
        (line) =>
          new Paragraph({
            alignment: label ? AlignmentType.CENTER : AlignmentType.JUSTIFIED,
            children: [run(line, label ? FONTS.heading1 : FONTS.body, SIZES.hao4)],
          }),
      ),
    });
  return new Table({
    width: { size: 5000, type: WidthType.PERCENTAGE },
    rows: rows.map(([k, v]) => new TableRow({ cantSplit: true, children: [cell(k, true), cell(v, false)] })),
  });
}
