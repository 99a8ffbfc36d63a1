import { Col, Row } from 'antd';
import { AreaProgressCard } from './area-progress-card.js';
import { ChartsReady, useIdle } from './charts-ready.js';
import type { DashboardResponse } from './dashboard-data.js';
import { IndicatorGaugesCard } from './indicator-gauges-card.js';
import { OnTimeCard } from './on-time-card.js';
import { UnitStatusCard } from './unit-status-card.js';

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
  const idle = useIdle();
  return (
    <ChartsReady.Provider value={idle}>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <AreaProgressCard areas={areas} go={go} />
        </Col>
        <Col xs={24} xl={12}>
          <UnitStatusCard units={d.byLeadUnit.slice(0, 30)} go={go} />
        </Col>
        <Col xs={24} xl={12}>
          <IndicatorGaugesCard indicators={d.indicators} go={go} />
        </Col>
        <Col xs={24} xl={12}>
          <OnTimeCard onTime={d.onTime} go={go} />
        </Col>
      </Row>
    </ChartsReady.Provider>
  );
}
