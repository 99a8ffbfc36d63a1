import { AlignmentType, ImageRun, Paragraph, type Table } from 'docx';
import type { BulletinData } from '@duban/core';
import type { ChartImage } from './charts.js';
import {
  bodyPara,
  chineseDate,
  chineseNumber,
  dataTable,
  heading1,
  heading2,
  packOfficial,
  redHeader,
  signature,
  titlePara,
} from './official-docx.js';

/** Options of {@link buildBulletinDocx}. */
export interface BulletinDocxOptions {
  /** Draw the charts (default true); off for quick previews and tests of text only. */
  charts?: boolean;
}

const pct = (v: number | null | undefined) => (v === null || v === undefined ? '—' : `${(v * 100).toFixed(1)}%`);

/**
 * The 情况通报 as a .docx in the look of an official document: optional red header with the serial line, title,
 * 主送, opening, then numbered sections 一、总体进展 (with charts), 二、各行动进展, 三、各单位进展, 四、红黄灯任务,
 * 五、指标达成情况, the ranking when present, the problems and 下步要求 blocks, and issuer and date at the end.
 */
export async function buildBulletinDocx(data: BulletinData, opts: BulletinDocxOptions = {}): Promise<Buffer> {
  const b = data.blocks;
  const out: (Paragraph | Table)[] = [];
  if (b.header.trim()) out.push(...redHeader(b.header.trim(), data.serial ?? undefined));
  out.push(...titlePara(b.title));
  if (b.addressee.trim()) out.push(bodyPara(b.addressee.trim(), { indent: false }));
  paragraphs(b.opening).forEach((p) => out.push(bodyPara(p)));

  const charts = opts.charts === false ? { status: null, areas: null } : await bulletinCharts(data);
  const sections: [string, (Paragraph | Table)[]][] = [
    ['总体进展情况', overallSection(data, charts.status)],
    ['各行动推进情况', areaSection(data, charts.areas)],
    ['各单位推进情况', unitSection(data)],
    ['红黄灯预警任务', warningSection(data)],
    ['主要指标达成情况', indicatorSection(data)],
  ];
  if (data.ranking && data.ranking.rows.length > 0) sections.push([data.ranking.title || '考核排名', rankingSection(data)]);
  if (b.problems.trim()) sections.push(['存在的问题', paragraphs(b.problems).map((p) => bodyPara(p))]);
  if (b.requirements.trim()) sections.push(['下步工作要求', paragraphs(b.requirements).map((p) => bodyPara(p))]);
  sections.forEach(([title, body], i) => out.push(heading1(`${chineseNumber(i + 1)}、${title}`), ...body));

  out.push(...signature(b.issuer, data.date));
  return packOfficial(out, { title: b.title });
}

function paragraphs(text: string): string[] {
  return text
    .split(/\n+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** The two charts, rendered in parallel: tasks by status, and tasks by status per action area. */
async function bulletinCharts(d: BulletinData): Promise<{ status: ChartImage | null; areas: ChartImage | null }> {
  // Loaded on first use: ECharts and the native rasteriser stay out of every CLI command's and server's start-up.
  const { barChart, pieChart } = await import('./charts.js');
  const o = d.overall;
  const names = d.areas.map((a) => a.name);
  const [status, areas] = await Promise.all([
    o.total > 0
      ? pieChart('任务推进状态', [
          { name: '已完成', value: o.completed, colour: '#2e7d32' },
          { name: '推进中', value: o.inProgress, colour: '#1565c0' },
          { name: '滞后', value: o.behind, colour: '#c62828' },
          { name: '未开始', value: o.notStarted, colour: '#9e9e9e' },
          { name: '暂缓', value: o.suspended, colour: '#f9a825' },
        ])
      : null,
    d.areas.length > 0
      ? barChart(
          '各行动任务推进状态',
          names,
          [
            { name: '已完成', values: d.areas.map((a) => a.completed), colour: '#2e7d32' },
            { name: '推进中', values: d.areas.map((a) => a.inProgress), colour: '#1565c0' },
            { name: '滞后', values: d.areas.map((a) => a.behind), colour: '#c62828' },
            { name: '未开始', values: d.areas.map((a) => a.notStarted), colour: '#9e9e9e' },
          ],
          { stack: true },
        )
      : null,
  ]);
  return { status, areas };
}

function overallSection(d: BulletinData, chart: ChartImage | null): (Paragraph | Table)[] {
  const o = d.overall;
  const out: (Paragraph | Table)[] = [
    bodyPara(
      `截至${chineseDate(d.asOf)}，${d.planTitle}共有任务${o.total}项，已完成${o.completed}项，推进中${o.inProgress}项，滞后${o.behind}项，未开始${o.notStarted}项` +
        `${o.suspended ? `，暂缓${o.suspended}项` : ''}；任务完成率${pct(o.completionRate)}，平均进度${o.averageProgress === null ? '—' : `${o.averageProgress.toFixed(1)}%`}，按时报送率${pct(o.onTimeRate)}。`,
    ),
  ];
  paragraphs(d.blocks.praise).forEach((p) => out.push(bodyPara(p)));
  if (chart) out.push(chartPara(chart));
  return out;
}

const progressHeader = ['序号', '名称', '任务数', '已完成', '推进中', '滞后', '未开始', '红灯', '黄灯'];
const progressCells = (r: BulletinData['areas'][number], i: number) => [
  i + 1,
  r.name,
  r.total,
  r.completed,
  r.inProgress,
  r.behind,
  r.notStarted,
  r.red,
  r.yellow,
];

function areaSection(d: BulletinData, chart: ChartImage | null): (Paragraph | Table)[] {
  if (d.areas.length === 0) return [bodyPara('本期无分行动统计。')];
  const out: (Paragraph | Table)[] = [
    tableCaption('各行动任务推进情况'),
    dataTable(progressHeader, d.areas.map(progressCells), [1.2, 5, 1.3, 1.3, 1.3, 1.3, 1.3, 1.2, 1.2]),
  ];
  if (chart) out.push(chartPara(chart));
  return out;
}

function unitSection(d: BulletinData): (Paragraph | Table)[] {
  if (d.units.length === 0) return [bodyPara('本期无分单位统计。')];
  const rows = d.units.map((u, i) => [
    i + 1,
    u.name,
    u.total,
    u.completed,
    u.behind,
    u.red,
    u.yellow,
    u.reportsExpected,
    u.reportsOnTime,
    u.reportsMissing,
  ]);
  return [
    tableCaption('各牵头单位任务推进及报送情况'),
    dataTable(
      ['序号', '单位', '牵头任务', '已完成', '滞后', '红灯', '黄灯', '应报', '按时报送', '缺报'],
      rows,
      [1.2, 4.2, 1.3, 1.3, 1.2, 1.2, 1.2, 1.2, 1.3, 1.2],
    ),
  ];
}

function warningSection(d: BulletinData): (Paragraph | Table)[] {
  const list = (tasks: BulletinData['red']) =>
    tasks.length === 0
      ? [bodyPara('无。')]
      : [
          dataTable(
            ['序号', '任务', '牵头单位', '完成时限', '进度', '原因'],
            tasks.map((t, i) => [
              i + 1,
              `${t.number ? `${t.number} ` : ''}${t.title}`,
              t.leadUnits.join('、'),
              t.due ?? '持续推进',
              `${t.progress}%`,
              t.reasons.join('；'),
            ]),
            [0.8, 4.5, 2.2, 1.6, 1, 3.5],
          ),
        ];
  return [
    heading2(`（一）红色预警任务（${d.red.length}项）`),
    ...list(d.red),
    heading2(`（二）黄色预警任务（${d.yellow.length}项）`),
    ...list(d.yellow),
  ];
}

function indicatorSection(d: BulletinData): (Paragraph | Table)[] {
  if (d.indicators.length === 0) return [bodyPara('本计划未设量化指标。')];
  const achieved = d.indicators.filter((i) => i.achieved).length;
  const num = (v: number | null, unit: string) => (v === null ? '—' : `${v}${unit}`);
  return [
    bodyPara(`共有量化指标${d.indicators.length}项，已达成${achieved}项。`),
    dataTable(
      ['序号', '指标', '基期值', '目标值', '最新值', '达成度', '是否达成'],
      d.indicators.map((ind, i) => [
        i + 1,
        ind.name,
        num(ind.baseline, ind.unit),
        `${ind.comparator === '<=' ? '≤' : ind.comparator === '>=' ? '≥' : ''}${ind.target}${ind.unit}`,
        num(ind.latest, ind.unit),
        pct(ind.achievement),
        ind.achieved ? '是' : '否',
      ]),
      [0.8, 5, 1.5, 1.5, 1.5, 1.3, 1.2],
    ),
  ];
}

function rankingSection(d: BulletinData): (Paragraph | Table)[] {
  const rows = d.ranking?.rows ?? [];
  return [
    dataTable(
      ['名次', '单位', '得分', '等次'],
      rows.map((r) => [r.rank, r.unit, r.score.toFixed(1), r.grade ?? '—']),
      [1, 5, 1.5, 1.5],
    ),
  ];
}

function tableCaption(text: string): Paragraph {
  return bodyPara(`表：${text}`, { indent: false, align: AlignmentType.CENTER });
}

function chartPara(chart: ChartImage): Paragraph {
  // 15.6 cm type area: scale the chart to at most 15 cm wide (EMU-free: docx takes pixels at 96 dpi).
  const maxWidth = 567;
  const scale = Math.min(1, maxWidth / chart.width);
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [
      new ImageRun({
        type: 'png',
        data: chart.png,
        transformation: { width: Math.round(chart.width * scale), height: Math.round(chart.height * scale) },
        altText: { name: chart.title, title: chart.title, description: chart.title },
      }),
    ],
  });
}
