import { useEffect, useRef } from 'react';
import type { ECharts, EChartsCoreOption } from 'echarts/core';

export interface ChartClick {
  name: string;
  seriesName?: string;
  value: unknown;
  data: unknown;
}

/**
 * An ECharts canvas that follows its container's size; `onClick` receives the clicked item. Load with React.lazy.
 * ECharts itself (the largest chunk of the app, and a long task to draw) loads and draws once the chart comes near
 * the screen: on a phone the dashboard's charts sit below its figures and are not paid for until scrolled to.
 */
export default function Chart({
  option,
  height = 320,
  onClick,
  label,
}: {
  option: EChartsCoreOption;
  height?: number;
  onClick?: (e: ChartClick) => void;
  label: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);
  const click = useRef(onClick);
  click.current = onClick;
  const latest = useRef(option);
  latest.current = option;

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    let gone = false;
    let ro: ResizeObserver | undefined;
    const draw = async () => {
      const { echarts } = await import('./echarts.js');
      if (gone) return;
      const c = echarts.init(el, undefined, { renderer: 'canvas' });
      chart.current = c;
      c.on('click', (e) => click.current?.(e as unknown as ChartClick));
      c.setOption(latest.current, true);
      ro = new ResizeObserver(() => c.resize());
      ro.observe(el);
    };
    const io = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        io.disconnect();
        void draw();
      },
      { rootMargin: '200px 0px' },
    );
    io.observe(el);
    return () => {
      gone = true;
      io.disconnect();
      ro?.disconnect();
      chart.current?.dispose();
      chart.current = null;
    };
  }, []);
  useEffect(() => {
    chart.current?.setOption(option, true);
  }, [option]);
  return <div ref={ref} style={{ width: '100%', height }} role="img" aria-label={label} />;
}
