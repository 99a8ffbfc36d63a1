import type { Paragraph, Table } from 'docx';
import { bodyPara, chineseDate, chineseNumber, dataTable, heading1, packOfficial, signature, titlePara } from './official-docx.js';

/** One unit's record for a period, as its 部门述职 pack shows it. */
export interface UnitPackData {
  unit: string;
  planTitle: string;
  periodLabel: string;
  asOf: string;
  date: string;
  tasks: {
    number: string | null;
    title: string;
    role: '牵头' | '参与';
    due: string | null;
    status: string;
    progress: number;
    colour: string;
  }[];
  reports: { task: string; period: string; percent: number; narrative: string; status: string; submittedAt: string; onTime: boolean }[];
  evidence: { task: string; period: string; name: string; size: number; uploadedAt: string }[];
  reportsExpected: number;
  reportsMissing: number;
  /** The assessment result when one exists (filled by the assessment service); omitted otherwise. */
  scores?: { total: number; grade: string | null; rank: number | null; items: { name: string; score: number; note: string | null }[] };
}

const size = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;

/**
 * The 部门述职 pack as .docx: the unit's tasks for the period (lead and participating), its progress reports,
 * the list of evidence files, and its scores when an assessment result exists, under numbered headings.
 */
export async function buildUnitPackDocx(d: UnitPackData): Promise<Buffer> {
  const lead = d.tasks.filter((t) => t.role === '牵头').length;
  const done = d.tasks.filter((t) => t.status === '已完成').length;
  const behind = d.tasks.filter((t) => t.status === '滞后').length;
  const onTime = d.reports.filter((r) => r.onTime).length;
  const sections: [string, (Paragraph | Table)[]][] = [
    [
      '基本情况',
      [
        bodyPara(
          `截至${chineseDate(d.asOf)}，${d.unit}在${d.planTitle}中承担任务${d.tasks.length}项（牵头${lead}项、参与${d.tasks.length - lead}项），已完成${done}项，滞后${behind}项；` +
            `${d.periodLabel}应报送进展${d.reportsExpected}份，已报送${d.reports.length}份（按时${onTime}份），缺报${d.reportsMissing}份，提交佐证材料${d.evidence.length}份。`,
        ),
      ],
    ],
    [
      '承担任务情况',
      d.tasks.length === 0
        ? [bodyPara('无。')]
        : [
            dataTable(
              ['序号', '任务', '角色', '完成时限', '状态', '进度', '预警'],
              d.tasks.map((t, i) => [
                i + 1,
                `${t.number ? `${t.number} ` : ''}${t.title}`,
                t.role,
                t.due ?? '持续推进',
                t.status,
                `${t.progress}%`,
                t.colour,
              ]),
              [0.8, 5, 1, 1.8, 1.2, 1, 1],
            ),
          ],
    ],
    [
      '进展报送情况',
      d.reports.length === 0
        ? [bodyPara('本期无报送记录。')]
        : [
            dataTable(
              ['序号', '任务', '进度', '进展情况', '报送时间', '是否按时', '审核'],
              d.reports.map((r, i) => [
                i + 1,
                r.task,
                `${r.percent}%`,
                r.narrative,
                r.submittedAt.slice(0, 10),
                r.onTime ? '是' : '否',
                r.status,
              ]),
              [0.8, 3, 1, 5, 1.6, 1, 1],
            ),
          ],
    ],
    [
      '佐证材料清单',
      d.evidence.length === 0
        ? [bodyPara('本期未提交佐证材料。')]
        : [
            dataTable(
              ['序号', '任务', '文件名', '大小', '上传时间'],
              d.evidence.map((e, i) => [i + 1, e.task, e.name, size(e.size), e.uploadedAt.slice(0, 10)]),
              [0.8, 4, 4, 1.2, 1.6],
            ),
          ],
    ],
    ['考核得分情况', scoreSection(d)],
  ];
  const out: (Paragraph | Table)[] = [...titlePara(`${d.unit}${d.periodLabel}工作述职材料`)];
  sections.forEach(([title, body], i) => out.push(heading1(`${chineseNumber(i + 1)}、${title}`), ...body));
  out.push(...signature(d.unit, d.date));
  return packOfficial(out, { title: `${d.unit}${d.periodLabel}工作述职材料` });
}

function scoreSection(d: UnitPackData): (Paragraph | Table)[] {
  if (!d.scores) return [bodyPara('本期考核结果尚未发布。')];
  const s = d.scores;
  return [
    bodyPara(`本期考核得分${s.total.toFixed(1)}分${s.grade ? `，等次为${s.grade}` : ''}${s.rank ? `，排名第${s.rank}位` : ''}。`),
    dataTable(
      ['序号', '考核项目', '得分', '说明'],
      s.items.map((it, i) => [i + 1, it.name, it.score.toFixed(1), it.note ?? '']),
      [0.8, 4, 1.2, 4],
    ),
  ];
}
