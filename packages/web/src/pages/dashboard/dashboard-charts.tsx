import { createContext, lazy, Suspense, useContext, useEffect, useState } from 'react';
import { Card, Col, Empty, Row, Skeleton } from 'antd';
import { useI18n } from '../../i18n/i18n.js';
import { statusLabel } from '../../components/common.js';
import { pct, type DashboardResponse } from './dashboard-data.js';
import { unitStatusTooltip } from './chart-tooltips.js';
import { useApiQueries } from '../../api/query.js';

const Chart = lazy(() => import('../../components/chart.js'));
const STATUSES = ['not_started', 'in_progress', 'behind', 'completed', 'suspended'];

// Chart code (ECharts) is large to evaluate; it is loaded once the figures are on screen and the browser is idle,
// so the figures can be clicked straight away.
const ChartsReady = createContext(false);

function Lazy({ children }: { children: React.ReactNode }) {
  const ready = useContext(ChartsReady);
  const skeleton = <Skeleton active paragraph={{ rows: 5 }} />;
  return ready ? <Suspense fallback={skeleton}>{children}</Suspense> : skeleton;
}

function useIdle(): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    if (typeof window.requestIdleCallback === 'function') {
      const id = window.requestIdleCallback(() => setIdle(true), { timeout: 500 });
      return () => window.cancelIdleCallback(id);
    }
    const id = window.setTimeout(() => setIdle(true), 150);
    return () => window.clearTimeout(id);
  }, []);
  return idle;
}

/** Trend lines of the indicators that have reported values: the mean reported value per period. */
function IndicatorTrends({ ids }: { ids: string[] }) {
  const { t } = useI18n();
  const details = useApiQueries(
    'GET /api/indicators/:id',
    ids.map((id) => ({ params: { id } })),
  );
  const series = (details.data ?? []).map((ind) => {
    const by = new Map<string, { seq: number; sum: number; n: number }>();
    for (const v of ind.values) {
      const row = by.get(v.periodLabel) ?? { seq: v.periodSeq, sum: 0, n: 0 };
      row.sum += v.value;
      row.n++;
      by.set(v.periodLabel, row);
    }
    return {
      ind,
      points: [...by]
        .sort((a, b) => a[1].seq - b[1].seq)
        .map(([label, r]) => [label, Math.round((r.sum / r.n) * 100) / 100] as [string, number]),
    };
  });
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
        series: series.map((s) => ({
          name: s.ind.name.length > 10 ? `${s.ind.name.slice(0, 10)}…` : s.ind.name,
          type: 'line',
          smooth: true,
          symbolSize: 8,
          data: s.points,
        })),
      }}
    />
  );
}

/** The dashboard's charts; every bar, cell and gauge navigates to the list behind it. */
export function DashboardCharts({
  d,
  areas,
  go,
}: {
  d: DashboardResponse;
  areas: { area: string; total: number; completed: number }[] | null;
  go: (q: Record<string, string>) => void;
}) {
  const { t } = useI18n();
  const units = d.byLeadUnit.slice(0, 30);
  const gauges = d.indicators.filter((i) => i.achievement?.computable).slice(0, 6);
  const onTime = d.onTime.filter((u) => u.expected > 0);
  const heat: [number, number, number][] = [];
  units.forEach((u, y) => STATUSES.forEach((s, x) => heat.push([x, y, u.byStatus[s] ?? 0])));
  const max = Math.max(1, ...heat.map((h) => h[2]));
  const short = (s: string) => (s.length > 10 ? `${s.slice(0, 10)}…` : s);
  const idle = useIdle();
  return (
    <ChartsReady.Provider value={idle}>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Card size="small" title={t('各行动领域任务完成情况')}>
            {!areas ? (
              <Skeleton active />
            ) : areas.length ? (
              <Lazy>
                <Chart
                  label={t('各行动领域任务完成情况')}
                  height={Math.max(260, areas!.length * 28 + 60)}
                  onClick={(e) => go({ section: areas![Number((e as { dataIndex?: number }).dataIndex ?? -1)]?.area ?? e.name })}
                  option={{
                    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
                    legend: { top: 0 },
                    grid: { left: 8, right: 24, top: 30, bottom: 8, containLabel: true },
                    xAxis: { type: 'value', minInterval: 1 },
                    yAxis: { type: 'category', inverse: true, data: areas!.map((a) => short(a.area)) },
                    series: [
                      {
                        name: t('已完成'),
                        type: 'bar',
                        stack: 'a',
                        barMaxWidth: 22,
                        itemStyle: { color: '#2e7d32' },
                        data: areas!.map((a) => a.completed),
                      },
                      {
                        name: t('未完成'),
                        type: 'bar',
                        stack: 'a',
                        barMaxWidth: 22,
                        itemStyle: { color: '#9db7e0' },
                        data: areas!.map((a) => a.total - a.completed),
                      },
                    ],
                  }}
                />
              </Lazy>
            ) : (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
            )}
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card size="small" title={t('牵头单位 × 任务状态')}>
            {units.length ? (
              <Lazy>
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
              </Lazy>
            ) : (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
            )}
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card size="small" title={t('量化指标达成情况')}>
            {gauges.length ? (
              <Lazy>
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
                  ids={d.indicators
                    .filter((i) => i.latest != null)
                    .slice(0, 5)
                    .map((i) => i.id)}
                />
              </Lazy>
            ) : (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('暂无指标数据')} />
            )}
            {d.indicators.some((i) => !i.ownerUnitId) && (
              <div className="duban-muted" style={{ marginTop: 8 }}>
                {t('{n} 项指标尚未指定责任单位', { n: d.indicators.filter((i) => !i.ownerUnitId).length })}
              </div>
            )}
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card size="small" title={t('各单位按时报送率')}>
            {onTime.length ? (
              <Lazy>
                <Chart
                  label={t('各单位按时报送率')}
                  height={Math.max(260, onTime.length * 24 + 50)}
                  onClick={(e) => {
                    const u = onTime[Number((e as { dataIndex?: number }).dataIndex ?? -1)];
                    if (u) go({ unit: u.unitId });
                  }}
                  option={{
                    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v: number) => `${v}%` },
                    grid: { left: 8, right: 40, top: 8, bottom: 8, containLabel: true },
                    xAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
                    yAxis: { type: 'category', inverse: true, data: onTime.map((u) => short(u.unitName)) },
                    series: [
                      {
                        type: 'bar',
                        barMaxWidth: 22,
                        data: onTime.map((u) => ({
                          value: pct(u.rate) ?? 0,
                          itemStyle: { color: (pct(u.rate) ?? 0) >= 90 ? '#2e7d32' : (pct(u.rate) ?? 0) >= 60 ? '#e0a100' : '#c62828' },
                        })),
                        label: { show: true, position: 'right', formatter: '{c}%' },
                      },
                    ],
                  }}
                />
              </Lazy>
            ) : (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('暂无报送记录')} />
            )}
          </Card>
        </Col>
      </Row>
    </ChartsReady.Provider>
  );
}
