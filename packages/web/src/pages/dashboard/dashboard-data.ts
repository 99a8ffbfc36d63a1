// The dashboard response, normalised: the server may omit sections, and every figure must still render.

export interface DashTask {
  id: string;
  number?: string | null;
  title?: string | null;
  text?: string;
  leadName?: string | null;
  unitName?: string | null;
  due?: string | null | string[];
  daysOverdue?: number | null;
}

export interface Dashboard {
  totals: { tasks: number; completed: number; completionRate: number; overdue: number; missingReports: number; onTimeRate: number | null };
  colours: Record<string, number>;
  byArea: { area: string; total: number; completed: number }[];
  byUnit: { unitId: string; unitName: string; byStatus: Record<string, number> }[];
  overdue: DashTask[];
  missing: { task: DashTask; unitName?: string; periodLabel?: string; due?: string }[];
  indicators: { id: string; name: string; unit: string; target: number; latest: number | null; percent: number | null; values: { label: string; value: number }[] }[];
  onTime: { unitId: string; unitName: string; rate: number | null; onTime?: number; total?: number }[];
}

type Loose = Record<string, unknown>;
const num = (v: unknown, d = 0): number => (typeof v === 'number' && Number.isFinite(v) ? v : d);
const arr = (v: unknown): Loose[] => (Array.isArray(v) ? (v as Loose[]) : []);
const pct = (v: unknown): number | null => (typeof v === 'number' ? (v <= 1 ? Math.round(v * 1000) / 10 : Math.round(v * 10) / 10) : null);

/** Accept the dashboard payload in the agreed shape (and small variations of it). */
export function normaliseDashboard(raw: unknown): Dashboard {
  const r = (raw ?? {}) as Loose;
  const totals = (r.totals ?? r.summary ?? {}) as Loose;
  const tasks = num(totals.tasks ?? totals.total);
  const completed = num(totals.completed ?? totals.done);
  const colours = (r.colours ?? r.colors ?? r.byColour ?? {}) as Record<string, number>;
  return {
    totals: {
      tasks,
      completed,
      completionRate: pct(totals.completionRate) ?? (tasks ? Math.round((completed / tasks) * 1000) / 10 : 0),
      overdue: num(totals.overdue, arr(r.overdue).length),
      missingReports: num(totals.missingReports ?? totals.missing, arr(r.missing ?? r.missingReports).length),
      onTimeRate: pct(totals.onTimeRate),
    },
    colours,
    byArea: arr(r.byArea ?? r.areas).map((a) => ({ area: String(a.area ?? a.name ?? a.section ?? ''), total: num(a.total ?? a.tasks), completed: num(a.completed ?? a.done) })),
    byUnit: arr(r.byUnit ?? r.units).map((u) => ({
      unitId: String(u.unitId ?? u.id ?? ''),
      unitName: String(u.unitName ?? u.name ?? ''),
      byStatus: (u.byStatus ?? u.statuses ?? {}) as Record<string, number>,
    })),
    overdue: arr(r.overdue ?? r.overdueTasks) as unknown as DashTask[],
    missing: arr(r.missing ?? r.missingReports).map((m) => ({
      task: (m.task ?? m) as unknown as DashTask,
      unitName: (m.unitName as string | undefined) ?? undefined,
      periodLabel: (m.periodLabel ?? m.period) as string | undefined,
      due: m.due as string | undefined,
    })),
    indicators: arr(r.indicators).map((i) => ({
      id: String(i.id),
      name: String(i.name ?? ''),
      unit: String(i.unit ?? ''),
      target: num(i.target),
      latest: typeof i.latest === 'number' ? i.latest : null,
      percent: pct(i.achievement ?? i.percent ?? i.progress),
      values: arr(i.values ?? i.trend).map((v) => ({ label: String(v.label ?? v.period ?? v.at ?? ''), value: num(v.value) })),
    })),
    onTime: arr(r.onTime ?? r.onTimeRates ?? r.reporting).map((u) => ({
      unitId: String(u.unitId ?? u.id ?? ''),
      unitName: String(u.unitName ?? u.name ?? ''),
      rate: pct(u.rate ?? u.onTimeRate),
      onTime: u.onTime as number | undefined,
      total: (u.total ?? u.due) as number | undefined,
    })),
  };
}
