// One plan at the scale of the everyday benchmark: 1,000 tasks in 10 sections × 100, ~40-character titles and
// ~100-character texts, a lead and a participating unit each, 23 monthly periods (2025-03 … 2027-01) with reports.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { deriveTaskStatus, evaluateSupervision, generateReportingPeriods, type ReportSlot } from '@duban/core';
import type { Database, ReportingTables } from '@duban/storage';
import { insertChunked, reportTallies } from './generate-province.js';

type Db = Kysely<Database & ReportingTables>;

/** What the benchmark needs to know about the generated plan. */
export interface BigPlan {
  planId: string;
  today: string;
  taskIds: string[];
  /** (task, unit) pairs of every assignment, for report slots. */
  assignments: { taskId: string; unitId: string }[];
  counts: { tasks: number; periods: number; reports: number };
}

const SECTIONS = [
  '健康知识普及',
  '合理膳食',
  '全民健身',
  '控烟限酒',
  '心理健康促进',
  '健康环境促进',
  '妇幼健康促进',
  '中小学健康促进',
  '职业健康保护',
  '老年健康促进',
];
const UNITS = [
  '市卫生健康委',
  '市教育局',
  '市体育局',
  '市民政局',
  '市生态环境局',
  '市住房城乡建设局',
  '市市场监管局',
  '市医保局',
  '市财政局',
  '市农业农村局',
  '市城市管理局',
  '市水务局',
  '市公安局',
  '市委宣传部',
  '市总工会',
  '市妇联',
  '市文化广电旅游局',
  '市人力资源社会保障局',
  '市应急管理局',
  '市发展改革委',
];
const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** The plan's reporting range and the day the benchmark runs on (monthly periods from `start` to `end`). */
export interface BigPlanRange {
  start: string;
  end: string;
  today: string;
}

/** Generates the plan into an empty, migrated database. */
export async function generateBigPlan(
  db: Db,
  sections = 10,
  perSection = 100,
  range: BigPlanRange = { start: '2025-03-01', end: '2027-01-31', today: '2027-01-10' },
): Promise<BigPlan> {
  const now = new Date().toISOString();
  const today = range.today;
  const start = range.start;
  const jurisdictionId = randomUUID();
  const planId = randomUUID();
  const out: BigPlan = { planId, today, taskIds: [], assignments: [], counts: { tasks: 0, periods: 0, reports: 0 } };
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('jurisdictions')
      .values({ id: jurisdictionId, parent_id: null, name: '青川市', level: 'city', created_at: now })
      .execute();
    const units = UNITS.map((name) => ({
      id: randomUUID(),
      jurisdiction_id: jurisdictionId,
      name,
      short_name: null,
      kind: 'department',
      active: 1,
      merged_into_id: null,
      version: 1,
      created_at: now,
      updated_at: now,
    }));
    await insertChunked(trx, 'units', units);
    await trx
      .insertInto('plans')
      .values({
        id: planId,
        document_id: null,
        jurisdiction_id: jurisdictionId,
        title: '青川市健康行动2025—2027年实施方案',
        issuer: '青川市人民政府办公室',
        doc_number: '青政办发〔2025〕8号',
        date: '2025-02-20',
        plan_year: 2025,
        annual: 0,
        status: 'published',
        diagnostics: '[]',
        created_by: null,
        created_at: now,
        updated_at: now,
        published_at: `${start}T00:00:00.000Z`,
        published_by: null,
        version: 1,
        reporting_scope: 'all',
      })
      .execute();
    const specs = generateReportingPeriods({
      kind: 'monthly',
      start,
      end: range.end,
      due: { kind: 'day_of_last_month', day: 28 },
      graceDays: 3,
    });
    const periods = specs.map((s) => ({
      id: randomUUID(),
      plan_id: planId,
      seq: s.seq,
      kind: s.kind,
      label: s.label,
      start_date: s.start,
      end_date: s.end,
      due_date: s.due,
      window_end: s.windowEnd,
      created_at: now,
    }));
    await insertChunked(trx, 'reporting_periods', periods);
    const past = periods.filter((p) => p.window_end < today);
    const tasks: Record<string, unknown>[] = [];
    const assignments: Record<string, unknown>[] = [];
    const reports: Record<string, unknown>[] = [];
    for (let s = 0; s < sections; s++) {
      const path = JSON.stringify([`${CN[s % 10]}、${SECTIONS[s % SECTIONS.length]}行动`]);
      for (let i = 0; i < perSection; i++) {
        const n = s * perSection + i;
        const taskId = randomUUID();
        const lead = units[n % units.length]!;
        const participant = units[(n * 7 + 3) % units.length]!;
        const topic = SECTIONS[(n + s) % SECTIONS.length]!;
        const title = `推进${topic}第${n + 1}项重点工作，完善工作机制，健全${topic}服务网络体系建设`;
        const text = `${title}。由${lead.name}牵头，会同${participant.name}制定实施方案，明确责任分工和时间节点，按季度报送进展情况，确保各项工作落到实处、取得实效。`;
        const due = `202${5 + (n % 3)}-${String(1 + (n % 12)).padStart(2, '0')}-28`;
        const slots: ReportSlot[] = [];
        const percent = Math.min(100, Math.round((n % 11) * 10));
        for (const [k, u] of [lead, participant].entries()) {
          assignments.push({
            id: randomUUID(),
            task_id: taskId,
            plan_id: planId,
            unit_id: u.id,
            name: u.name,
            role: k === 0 ? 'lead' : 'participant',
            ordinal: k,
          });
          out.assignments.push({ taskId, unitId: u.id });
          for (const p of past) {
            const missing = (n + p.seq + k) % 17 === 0;
            slots.push({
              periodLabel: p.label,
              unitName: u.name,
              due: p.due_date,
              windowEnd: p.window_end,
              submittedOn: missing ? null : p.due_date,
            });
            if (missing) continue;
            const at = `${p.due_date}T02:00:00.000Z`;
            reports.push({
              id: randomUUID(),
              plan_id: planId,
              task_id: taskId,
              unit_id: u.id,
              period_id: p.id,
              narrative: `${p.label}${topic}工作按计划推进。`,
              percent,
              completion_claim: 0,
              status: 'accepted',
              return_reason: null,
              on_time: 1,
              version: 1,
              submitted_by: null,
              first_submitted_at: at,
              submitted_at: at,
              reviewed_by: null,
              reviewed_at: at,
            });
          }
        }
        const status = deriveTaskStatus({ today, due, start, latestAccepted: { percent, completionClaim: false } });
        const colour = evaluateSupervision({ today, due, start, percent, completed: false, reports: slots });
        tasks.push({
          id: taskId,
          plan_id: planId,
          ordinal: n + 1,
          kind: 'task',
          number: String(n + 1),
          path,
          title,
          text,
          search_text: `${title} ${text}`,
          due: JSON.stringify([due]),
          first_due: due,
          last_due: due,
          ongoing: 0,
          separate_leads: 0,
          deadline_text: `${due.slice(0, 4)}年${Number(due.slice(5, 7))}月底前`,
          milestones: '[]',
          source_start: null,
          source_end: null,
          source_line: null,
          status: status.status,
          colour: colour.colour,
          status_on: today,
          suspended: 0,
          progress: percent,
          completed_at: null,
          version: 1,
          created_at: now,
          updated_at: now,
        });
        out.taskIds.push(taskId);
      }
    }
    await insertChunked(trx, 'tasks', tasks);
    await insertChunked(trx, 'assignments', assignments);
    await insertChunked(trx, 'reports', reports);
    await insertChunked(trx, 'report_tallies', reportTallies(planId, reports));
    out.counts = { tasks: tasks.length, periods: periods.length, reports: reports.length };
  });
  return out;
}
