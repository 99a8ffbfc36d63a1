import { lazy } from 'react';
import { useI18n } from '../../i18n/i18n.js';
import { short } from './chart-labels.js';
import { useIndicatorTrends } from './use-indicator-trends.js';

const Chart = lazy(() => import('../../components/chart.js'));

/** Trend lines of the indicators that have reported values: the mean reported value per period. */
export function IndicatorTrends({ ids }: { ids: string[] }) {
  const { t } = useI18n();
  const series = useIndicatorTrends(ids);
  if (!series.some((s) => s.points.length > 0)) return null;
  const labels = [...new Set(series.flatMap((s) => s.points.map((p) => p[0])))];
  return (
    <Chart
      label={t('指标趋势')}
      height={220}
      option={{
        tooltip: { trigger: 'axis' },
        legend: { type: 'scroll', top: 0 },
        grid: { left: 8, right: 16, top: 30, bottom: 8, containLabel: true },
        xAxis: { type: 'category', data: labels },
        yAxis: { type: 'value', scale: true },
        series: series.map((s) => ({ name: short(s.name), type: 'line', smooth: true, symbolSize: 8, data: s.points })),
      }}
    />
  );
}
