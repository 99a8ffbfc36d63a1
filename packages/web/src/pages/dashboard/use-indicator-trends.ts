import { useApiQueries } from '../../api/query.js';

/** One indicator's trend: the mean reported value per period, in period order. */
export interface IndicatorTrend {
  name: string;
  points: [string, number][];
}

/** The trends of the given indicators (their details fetched together). */
export function useIndicatorTrends(ids: string[]): IndicatorTrend[] {
  const details = useApiQueries(
    'GET /api/indicators/:id',
    ids.map((id) => ({ params: { id } })),
  );
  return (details.data ?? []).map((ind) => {
    const by = new Map<string, { seq: number; sum: number; n: number }>();
    for (const v of ind.values) {
      const row = by.get(v.periodLabel) ?? { seq: v.periodSeq, sum: 0, n: 0 };
      row.sum += v.value;
      row.n++;
      by.set(v.periodLabel, row);
    }
    return {
      name: ind.name,
      points: [...by]
        .sort((a, b) => a[1].seq - b[1].seq)
        .map(([label, r]) => [label, Math.round((r.sum / r.n) * 100) / 100] as [string, number]),
    };
  });
}
