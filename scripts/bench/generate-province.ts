// Synthetic province for the API benchmark: cities × plans × tasks with three responsible units each,
// a monthly reporting calendar and a year of reports. Rows go in with multi-row INSERTs, one
// transaction per batch group, so the full 1.8M reports take minutes rather than hours.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { addDays, deriveTaskStatus, evaluateSupervision, generateReportingPeriods, type ReportSlot } from '@duban/core';
import type { Database, ReportingTables } from '@duban/storage';

type Db = Kysely<Database & ReportingTables>;

/** Size of the synthetic province. */
export interface ProvinceSize {
  cities: number;
  plansPerCity: number;
  tasksPerPlan: number;
  unitsPerCity: number;
  indicatorsPerPlan: number;
}

/** The full size from the brief: 100 × 5 × 100 tasks, 3 units per task, 12 periods ≈ 1.8M reports. */
export const FULL_PROVINCE: ProvinceSize = { cities: 100, plansPerCity: 5, tasksPerPlan: 100, unitsPerCity: 20, indicatorsPerPlan: 10 };

/** Scales the number of cities (at least one). */
export function scaledProvince(scale: number): ProvinceSize {
  return { ...FULL_PROVINCE, cities: Math.max(1, Math.round(FULL_PROVINCE.cities * scale)) };
}

/** What was generated, for the benchmark to pick targets from. */
export interface Province {
  provinceId: string;
  cities: { id: string; name: string; unitIds: string[]; planIds: string[] }[];
  today: string;
  counts: Record<string, number>;
}

const DEPARTMENTS = [
  '卫生健康委',
  '教育局',
  '体育局',
  '民政局',
  '生态环境局',
  '住房城乡建设局',
  '市场监管局',
  '医保局',
  '财政局',
  '农业农村局',
  '城市管理局',
  '水务局',
  '公安局',
  '委宣传部',
  '总工会',
  '妇联',
  '文化广电旅游局',
  '人力资源社会保障局',
  '应急管理局',
  '发展改革委',
];
const VERBS = ['推进', '加强', '完善', '落实', '开展', '提升', '建立', '深化'];
const OBJECTS = [
  '健康知识普及',
  '全民健身设施建设',
  '控烟行动',
  '心理健康服务',
  '妇幼健康服务',
  '慢性病综合防控',
  '农村厕所革命',
  '食品安全监管',
  '医共体建设',
  '家庭医生签约服务',
];

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Inserts rows in chunks that stay under both dialects' bound-parameter limits. */
export async function insertChunked<T extends keyof (Database & ReportingTables) & string>(
  db: Db,
  table: T,
  rows: Record<string, unknown>[],
): Promise<void> {
  if (rows.length === 0) return;
  const perRow = Object.keys(rows[0]!).length;
  const chunk = Math.max(1, Math.floor(30_000 / perRow));
  for (let i = 0; i < rows.length; i += chunk) {
    const values = rows.slice(i, i + chunk) as any; // eslint-disable-line @typescript-eslint/no-explicit-any -- generic bulk insert over any table
    await db.insertInto(table).values(values).execute();
  }
}

/** The report_tallies rows of a plan's generated reports: submissions and on-time ones per (unit, period). */
export function reportTallies(planId: string, reports: Record<string, unknown>[]): Record<string, unknown>[] {
  const tallies = new Map<string, { plan_id: string; unit_id: string; period_id: string; submitted: number; on_time: number }>();
  for (const r of reports) {
    const k = `${r.unit_id}|${r.period_id}`;
    const t = tallies.get(k) ?? {
      plan_id: planId,
      unit_id: r.unit_id as string,
      period_id: r.period_id as string,
      submitted: 0,
      on_time: 0,
    };
    t.submitted++;
    t.on_time += r.on_time as number;
    tallies.set(k, t);
  }
  return [...tallies.values()];
}

/** Generates the province into an empty, migrated database. `log` receives progress lines. */
export async function generateProvince(db: Db, size: ProvinceSize, log: (line: string) => void = () => {}): Promise<Province> {
  const random = rng(20260101);
  const now = new Date().toISOString();
  const today = '2027-01-10';
  const counts: Record<string, number> = {
    jurisdictions: 0,
    units: 0,
    plans: 0,
    tasks: 0,
    assignments: 0,
    indicators: 0,
    periods: 0,
    reports: 0,
    indicator_values: 0,
  };
  const provinceId = randomUUID();
  await db
    .insertInto('jurisdictions')
    .values({ id: provinceId, parent_id: null, name: '青川省', level: 'province', created_at: now })
    .execute();
  counts.jurisdictions!++;
  const province: Province = { provinceId, cities: [], today, counts };
  const specs = generateReportingPeriods({
    kind: 'monthly',
    start: '2026-01-01',
    end: '2026-12-31',
    due: { kind: 'day_of_last_month', day: 28 },
    graceDays: 3,
  });
  const started = Date.now();

  for (let c = 0; c < size.cities; c++) {
    const cityName = `第${c + 1}市`;
    const cityId = randomUUID();
    const city = { id: cityId, name: cityName, unitIds: [] as string[], planIds: [] as string[] };
    await db.transaction().execute(async (trx) => {
      await trx
        .insertInto('jurisdictions')
        .values({ id: cityId, parent_id: provinceId, name: cityName, level: 'city', created_at: now })
        .execute();
      const units = Array.from({ length: size.unitsPerCity }, (_, u) => ({
        id: randomUUID(),
        jurisdiction_id: cityId,
        name: `${cityName}${DEPARTMENTS[u % DEPARTMENTS.length]}${u >= DEPARTMENTS.length ? u : ''}`,
        short_name: null,
        kind: 'department',
        active: 1,
        merged_into_id: null,
        version: 1,
        created_at: now,
        updated_at: now,
      }));
      city.unitIds = units.map((u) => u.id);
      await insertChunked(trx, 'units', units);
      counts.units! += units.length;

      for (let p = 0; p < size.plansPerCity; p++) {
        const planId = randomUUID();
        city.planIds.push(planId);
        await trx
          .insertInto('plans')
          .values({
            id: planId,
            document_id: null,
            jurisdiction_id: cityId,
            title: `${cityName}健康行动2026年工作要点(${p + 1})`,
            issuer: `${cityName}人民政府办公室`,
            doc_number: null,
            date: '2026-01-15',
            plan_year: 2026,
            annual: 1,
            status: 'published',
            diagnostics: '[]',
            created_by: null,
            created_at: now,
            updated_at: now,
            published_at: now,
            published_by: null,
            version: 1,
          })
          .execute();
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
        const tasks: Record<string, unknown>[] = [];
        const assignments: Record<string, unknown>[] = [];
        const reports: Record<string, unknown>[] = [];
        for (let t = 0; t < size.tasksPerPlan; t++) {
          const taskId = randomUUID();
          const month = 3 + Math.floor(random() * 10);
          const due = `2026-${String(month).padStart(2, '0')}-28`;
          const ongoing = random() < 0.2;
          const title = `${VERBS[t % VERBS.length]}${OBJECTS[(t + p) % OBJECTS.length]}`;
          const unitIdx = [Math.floor(random() * units.length), Math.floor(random() * units.length), Math.floor(random() * units.length)];
          const slotUnits = [...new Set(unitIdx)].map((i) => units[i]!);
          slotUnits.forEach((u, i) =>
            assignments.push({
              id: randomUUID(),
              task_id: taskId,
              plan_id: planId,
              unit_id: u.id,
              name: u.name,
              role: i === 0 ? 'lead' : 'participant',
              ordinal: i,
            }),
          );
          const slots: ReportSlot[] = [];
          let percent = 0;
          let completed = false;
          for (const period of periods) {
            percent = Math.min(100, percent + Math.floor(random() * 15));
            for (const u of slotUnits) {
              const roll = random();
              const missing = roll < 0.05;
              const submitted = missing ? null : addDays(period.due_date, Math.floor(random() * 12) - 8);
              slots.push({
                periodLabel: period.label,
                unitName: u.name,
                due: period.due_date,
                windowEnd: period.window_end,
                submittedOn: submitted,
              });
              if (!submitted) continue;
              const status = roll < 0.1 ? 'returned' : roll < 0.3 ? 'submitted' : 'accepted';
              const at = `${submitted}T02:00:00.000Z`;
              const claim = percent >= 100 ? 1 : 0;
              if (claim && status === 'accepted') completed = true;
              reports.push({
                id: randomUUID(),
                plan_id: planId,
                task_id: taskId,
                unit_id: u.id,
                period_id: period.id,
                narrative: `${period.label}${title}工作进展:已完成阶段任务。`,
                percent,
                completion_claim: claim,
                status,
                return_reason: status === 'returned' ? '进展描述不具体,请补充佐证材料' : null,
                on_time: submitted <= period.due_date ? 1 : 0,
                version: 1,
                submitted_by: null,
                first_submitted_at: at,
                submitted_at: at,
                reviewed_by: null,
                reviewed_at: status === 'submitted' ? null : at,
              });
            }
          }
          const taskDue = ongoing ? null : due;
          const status = deriveTaskStatus({
            today,
            due: taskDue,
            start: '2026-01-01',
            latestAccepted: { percent, completionClaim: completed },
            completionApproved: completed,
          });
          const colour = evaluateSupervision({ today, due: taskDue, start: '2026-01-01', percent, completed, reports: slots });
          tasks.push({
            id: taskId,
            plan_id: planId,
            ordinal: t + 1,
            kind: 'task',
            number: String(t + 1),
            path: JSON.stringify(['二、重点任务']),
            title,
            text: `${title}。${slotUnits.map((u) => u.name).join('、')}`,
            search_text: `${title} ${slotUnits.map((u) => u.name).join(' ')}`,
            due: JSON.stringify(taskDue ? [taskDue] : []),
            first_due: taskDue,
            last_due: taskDue,
            ongoing: ongoing ? 1 : 0,
            separate_leads: 0,
            deadline_text: ongoing ? '持续推进' : `${month}月底前`,
            milestones: '[]',
            source_start: null,
            source_end: null,
            source_line: null,
            status: status.status,
            colour: colour.colour,
            status_on: today,
            suspended: 0,
            progress: percent,
            completed_at: completed ? now : null,
            version: 1,
            created_at: now,
            updated_at: now,
          });
        }
        await insertChunked(trx, 'tasks', tasks);
        await insertChunked(trx, 'assignments', assignments);
        await insertChunked(trx, 'reports', reports);
        await insertChunked(trx, 'report_tallies', reportTallies(planId, reports));
        const indicators = Array.from({ length: size.indicatorsPerPlan }, (_, i) => ({
          id: randomUUID(),
          plan_id: planId,
          ordinal: i + 1,
          name: `指标${i + 1}`,
          text: `指标${i + 1}由${60 + i}%提高至${70 + i}%`,
          baseline: 60 + i,
          target: 70 + i,
          unit: '%',
          comparator: '>=',
          due: '2026-12-31',
          lead_unit_id: units[i % units.length]!.id,
          source_start: null,
          source_end: null,
          source_line: null,
          version: 1,
          created_at: now,
          updated_at: now,
        }));
        await insertChunked(trx, 'indicators', indicators);
        const values = indicators.flatMap((ind, i) =>
          periods.map((period, k) => ({
            id: randomUUID(),
            plan_id: planId,
            indicator_id: ind.id,
            unit_id: units[i % units.length]!.id,
            period_id: period.id,
            value: 60 + i + (k * 10) / 12,
            note: null,
            version: 1,
            reported_by: null,
            reported_at: now,
          })),
        );
        await insertChunked(trx, 'indicator_values', values);
        counts.plans!++;
        counts.tasks! += tasks.length;
        counts.assignments! += assignments.length;
        counts.reports! += reports.length;
        counts.periods! += periods.length;
        counts.indicators! += indicators.length;
        counts.indicator_values! += values.length;
      }
    });
    counts.jurisdictions!++;
    province.cities.push(city);
    if ((c + 1) % Math.max(1, Math.floor(size.cities / 10)) === 0 || c + 1 === size.cities) {
      log(`  ${c + 1}/${size.cities} cities, ${counts.reports} reports, ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }
  }
  return province;
}
