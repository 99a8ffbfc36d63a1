import { useEffect, useRef } from 'react';
import type { ECharts, EChartsCoreOption } from 'echarts/core';

export interface ChartClick {
  name: string;
  seriesName?: string;
  value: unknown;
  data: unknown;
}

let turns: Promise<void> = Promise.resolve();

/**
 * Resolves in a task of its own, after the charts queued before: charts that come into view together (they wait for
 * the same chart code) are drawn one per task rather than all in one long task that blocks the page.
 */
function drawingTurn(): Promise<void> {
  const turn = turns.then(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
  turns = turn;
  return turn;
}

/**
 * An ECharts canvas that follows its container's size; `onClick` receives the clicked item. Load with React.lazy.
 * ECharts itself (the largest chunk of the app, and a long task to draw) loads and draws once the chart comes into
 * view: on a phone the dashboard's charts sit below its figures and are not paid for until scrolled to.
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
      await drawingTurn();
      if (gone) return;
      const c = echarts.init(el, undefined, { renderer: 'canvas' });
      chart.current = c;
      c.on('click', (e) => click.current?.(e as unknown as ChartClick));
      // Drawn at once, without the opening animation: its frames were long tasks of their own on a phone.
      c.setOption({ ...latest.current, animation: false }, true);
      // An observer reports the size it starts with: redrawing the chart for that would draw it twice.
      let size = `${el.clientWidth}x${el.clientHeight}`;
      ro = new ResizeObserver(() => {
        const now = `${el.clientWidth}x${el.clientHeight}`;
        if (now !== size) c.resize();
        size = now;
      });
      ro.observe(el);
    };
    const io = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        io.disconnect();
        void draw();
      },
      { rootMargin: '0px' },
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
