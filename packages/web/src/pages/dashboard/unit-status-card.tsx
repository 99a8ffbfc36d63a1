import { lazy } from 'react';
import { Card, Empty } from 'antd';
import { statusLabel } from '../../components/common.js';
import { useI18n } from '../../i18n/i18n.js';
import { unitStatusTooltip } from './chart-tooltips.js';
import { ChartSlot } from './chart-slot.js';
import { short } from './chart-labels.js';
import type { DashboardResponse } from './dashboard-data.js';

const Chart = lazy(() => import('../../components/chart.js'));
const STATUSES = ['not_started', 'in_progress', 'behind', 'completed', 'suspended'];

/** A heat map of lead units × task status (a cell opens that unit's tasks in that status). */
export function UnitStatusCard({ units, go }: { units: DashboardResponse['byLeadUnit']; go: (q: Record<string, string>) => void }) {
  const { t } = useI18n();
  const heat: [number, number, number][] = [];
  units.forEach((u, y) => STATUSES.forEach((s, x) => heat.push([x, y, u.byStatus[s] ?? 0])));
  const max = Math.max(1, ...heat.map((h) => h[2]));
  return (
    <Card size="small" title={t('牵头单位 × 任务状态')}>
      {units.length ? (
        <ChartSlot>
          <Chart
            label={t('牵头单位 × 任务状态')}
            height={Math.max(260, units.length * 26 + 90)}
            onClick={(e) => {
              const [x, y] = (e.value as [number, number, number]) ?? [];
              const u = units[y ?? -1];
              if (u) go({ unit: u.unitId, status: STATUSES[x ?? 0]! });
            }}
            option={{
              tooltip: { formatter: unitStatusTooltip(units, (i) => t(statusLabel(STATUSES[i]))) },
              grid: { left: 8, right: 8, top: 8, bottom: 56, containLabel: true },
              xAxis: { type: 'category', data: STATUSES.map((s) => t(statusLabel(s))), splitArea: { show: true } },
              yAxis: { type: 'category', inverse: true, data: units.map((u) => short(u.unitName)), splitArea: { show: true } },
              visualMap: {
                min: 0,
                max,
                calculable: false,
                orient: 'horizontal',
                left: 'center',
                bottom: 0,
                itemHeight: 120,
                inRange: { color: ['#f3f6fb', '#7aa3e0', '#1f4e9c'] },
              },
              series: [
                {
                  type: 'heatmap',
                  data: heat,
                  label: { show: true, formatter: (p: { value: number[] }) => (p.value[2] ? String(p.value[2]) : '') },
                },
              ],
            }}
          />
        </ChartSlot>
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
      )}
    </Card>
  );
}
