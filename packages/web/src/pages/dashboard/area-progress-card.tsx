import { lazy } from 'react';
import { Card, Empty, Skeleton } from 'antd';
import { useI18n } from '../../i18n/i18n.js';
import { ChartSlot } from './chart-slot.js';
import { short } from './chart-labels.js';

const Chart = lazy(() => import('../../components/chart.js'));

/** Completed and open tasks per action area (a bar opens that section's tasks); a skeleton until `areas` arrive. */
export function AreaProgressCard({
  areas,
  go,
}: {
  areas: { area: string; total: number; completed: number }[] | null;
  go: (q: Record<string, string>) => void;
}) {
  const { t } = useI18n();
  return (
    <Card size="small" title={t('各行动领域任务完成情况')}>
      {!areas ? (
        <Skeleton active />
      ) : areas.length ? (
        <ChartSlot>
          <Chart
            label={t('各行动领域任务完成情况')}
            height={Math.max(260, areas.length * 28 + 60)}
            onClick={(e) => go({ section: areas[Number((e as { dataIndex?: number }).dataIndex ?? -1)]?.area ?? e.name })}
            option={{
              tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
              legend: { top: 0 },
              grid: { left: 8, right: 24, top: 30, bottom: 8, containLabel: true },
              xAxis: { type: 'value', minInterval: 1 },
              yAxis: { type: 'category', inverse: true, data: areas.map((a) => short(a.area)) },
              series: [
                {
                  name: t('已完成'),
                  type: 'bar',
                  stack: 'a',
                  barMaxWidth: 22,
                  itemStyle: { color: '#2e7d32' },
                  data: areas.map((a) => a.completed),
                },
                {
                  name: t('未完成'),
                  type: 'bar',
                  stack: 'a',
                  barMaxWidth: 22,
                  itemStyle: { color: '#9db7e0' },
                  data: areas.map((a) => a.total - a.completed),
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
