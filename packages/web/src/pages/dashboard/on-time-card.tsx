import { lazy } from 'react';
import { Card, Empty } from 'antd';
import { useI18n } from '../../i18n/i18n.js';
import { ChartSlot } from './chart-slot.js';
import { short } from './chart-labels.js';
import { pct, type DashboardResponse } from './dashboard-data.js';

const Chart = lazy(() => import('../../components/chart.js'));

/** Each unit's on-time reporting rate, coloured by band (a bar opens that unit's tasks). */
export function OnTimeCard({ onTime, go }: { onTime: DashboardResponse['onTime']; go: (q: Record<string, string>) => void }) {
  const { t } = useI18n();
  const units = onTime.filter((u) => u.expected > 0);
  return (
    <Card size="small" title={t('各单位按时报送率')}>
      {units.length ? (
        <ChartSlot>
          <Chart
            label={t('各单位按时报送率')}
            height={Math.max(260, units.length * 24 + 50)}
            onClick={(e) => {
              const u = units[Number((e as { dataIndex?: number }).dataIndex ?? -1)];
              if (u) go({ unit: u.unitId });
            }}
            option={{
              tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v: number) => `${v}%` },
              grid: { left: 8, right: 40, top: 8, bottom: 8, containLabel: true },
              xAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
              yAxis: { type: 'category', inverse: true, data: units.map((u) => short(u.unitName)) },
              series: [
                {
                  type: 'bar',
                  barMaxWidth: 22,
                  data: units.map((u) => ({
                    value: pct(u.rate) ?? 0,
                    itemStyle: { color: (pct(u.rate) ?? 0) >= 90 ? '#2e7d32' : (pct(u.rate) ?? 0) >= 60 ? '#e0a100' : '#c62828' },
                  })),
                  label: { show: true, position: 'right', formatter: '{c}%' },
                },
              ],
            }}
          />
        </ChartSlot>
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('暂无报送记录')} />
      )}
    </Card>
  );
}
