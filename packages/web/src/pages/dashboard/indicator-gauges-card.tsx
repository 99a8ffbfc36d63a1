import { lazy } from 'react';
import { Card, Col, Empty, Row } from 'antd';
import { useI18n } from '../../i18n/i18n.js';
import { ChartSlot } from './chart-slot.js';
import { short } from './chart-labels.js';
import type { DashboardResponse } from './dashboard-data.js';
import { IndicatorTrends } from './indicator-trends.js';

const Chart = lazy(() => import('../../components/chart.js'));

/** Gauges of the computable indicators' achievement (a gauge opens the plan's indicators), trends, owners missing. */
export function IndicatorGaugesCard({
  indicators,
  go,
}: {
  indicators: DashboardResponse['indicators'];
  go: (q: Record<string, string>) => void;
}) {
  const { t } = useI18n();
  const gauges = indicators.filter((i) => i.achievement?.computable).slice(0, 6);
  return (
    <Card size="small" title={t('量化指标达成情况')}>
      {gauges.length ? (
        <ChartSlot>
          <Row gutter={8}>
            {gauges.map((ind) => (
              <Col xs={12} md={8} key={ind.id}>
                <Chart
                  label={`${ind.name}${ind.ownerUnitName ? `（${ind.ownerUnitName}）` : ''} ${ind.achievement?.percent ?? 0}%`}
                  height={150}
                  onClick={() => go({ tab: 'indicators' })}
                  option={{
                    series: [
                      {
                        type: 'gauge',
                        startAngle: 210,
                        endAngle: -30,
                        min: 0,
                        max: 100,
                        progress: {
                          show: true,
                          width: 10,
                          itemStyle: { color: (ind.achievement?.percent ?? 0) >= 100 ? '#2e7d32' : '#1f4e9c' },
                        },
                        axisLine: { lineStyle: { width: 10 } },
                        axisTick: { show: false },
                        splitLine: { show: false },
                        axisLabel: { show: false },
                        pointer: { show: false },
                        title: { offsetCenter: [0, '78%'], fontSize: 11, color: '#475467' },
                        detail: { offsetCenter: [0, '8%'], fontSize: 18, formatter: '{value}%', color: '#1d2939' },
                        data: [{ value: ind.achievement?.percent ?? 0, name: short(ind.name) }],
                      },
                    ],
                  }}
                />
              </Col>
            ))}
          </Row>
          <IndicatorTrends
            ids={indicators
              .filter((i) => i.latest != null)
              .slice(0, 5)
              .map((i) => i.id)}
          />
        </ChartSlot>
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('暂无指标数据')} />
      )}
      {indicators.some((i) => !i.ownerUnitId) && (
        <div className="duban-muted" style={{ marginTop: 8 }}>
          {t('{n} 项指标尚未指定责任单位', { n: indicators.filter((i) => !i.ownerUnitId).length })}
        </div>
      )}
    </Card>
  );
}
