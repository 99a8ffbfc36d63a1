import { Suspense, useContext } from 'react';
import { Skeleton } from 'antd';
import { ChartsReady } from './charts-ready.js';

/** Holds a chart's place with a skeleton until the charts may load, then while the chart code loads. */
export function ChartSlot({ children }: { children: React.ReactNode }) {
  const ready = useContext(ChartsReady);
  const skeleton = <Skeleton active paragraph={{ rows: 5 }} />;
  return ready ? <Suspense fallback={skeleton}>{children}</Suspense> : skeleton;
}
