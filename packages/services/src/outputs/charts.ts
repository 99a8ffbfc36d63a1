import { renderAsync } from '@resvg/resvg-js';
import * as echarts from 'echarts';

/** A chart rendered for a document: PNG bytes and its size in pixels at 1× (the PNG itself is 2×). */
export interface ChartImage {
  title: string;
  png: Buffer;
  width: number;
  height: number;
}

/** One series of a bar chart. */
export interface BarSeries {
  name: string;
  values: number[];
  colour?: string;
}

// One family first: every extra fallback family in the list costs resvg a lookup per text run.
const FONT = 'Noto Sans CJK SC, sans-serif';

/**
 * Renders an ECharts option to PNG without a browser: ECharts' server-side SVG renderer, rasterised by resvg
 * (a Rust SVG renderer shipped as prebuilt per-platform npm packages). System fonts are loaded so Chinese
 * labels draw with whatever CJK font the server has. Rasterising runs on libuv's thread pool (renderAsync): a
 * chart takes a few hundred milliseconds of CPU, which must not block the server's other requests.
 */
export async function renderChart(title: string, option: echarts.EChartsOption, width = 600, height = 320): Promise<ChartImage> {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  let svg: string;
  try {
    chart.setOption({ animation: false, textStyle: { fontFamily: FONT }, backgroundColor: '#ffffff', ...option });
    svg = chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
  const image = await renderAsync(svg, {
    fitTo: { mode: 'width', value: width * 2 },
    font: { loadSystemFonts: true, defaultFontFamily: 'Noto Sans CJK SC' },
  });
  return { title, png: image.asPng(), width, height };
}

/** A grouped bar chart over categories (e.g. tasks by status per action area). */
export function barChart(
  title: string,
  categories: string[],
  series: BarSeries[],
  opts: { stack?: boolean; percent?: boolean } = {},
): Promise<ChartImage> {
  const height = Math.max(260, Math.min(600, 120 + categories.length * 28));
  return renderChart(
    title,
    {
      title: { text: title, left: 'center', textStyle: { fontSize: 15 } },
      legend: { bottom: 0 },
      grid: { left: 12, right: 24, top: 40, bottom: 36, containLabel: true },
      xAxis: { type: 'value', max: opts.percent ? 100 : undefined, axisLabel: opts.percent ? { formatter: '{value}%' } : {} },
      yAxis: { type: 'category', inverse: true, data: categories.map((c) => (c.length > 14 ? `${c.slice(0, 13)}…` : c)) },
      series: series.map((s) => ({
        type: 'bar',
        name: s.name,
        data: s.values,
        stack: opts.stack ? 'all' : undefined,
        itemStyle: s.colour ? { color: s.colour } : undefined,
      })),
    },
    600,
    height,
  );
}

/** A doughnut of shares (e.g. tasks by status), each slice labelled with its count and share. */
export function pieChart(title: string, slices: { name: string; value: number; colour?: string }[]): Promise<ChartImage> {
  return renderChart(title, {
    title: { text: title, left: 'center', textStyle: { fontSize: 15 } },
    legend: { bottom: 0 },
    series: [
      {
        type: 'pie',
        radius: ['35%', '62%'],
        label: { formatter: '{b}\n{c}项({d}%)' },
        data: slices
          .filter((s) => s.value > 0)
          .map((s) => ({ name: s.name, value: s.value, itemStyle: s.colour ? { color: s.colour } : undefined })),
      },
    ],
  });
}
