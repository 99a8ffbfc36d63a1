import * as echarts from 'echarts';
import { Resvg } from '@resvg/resvg-js';
const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 600, height: 300 });
chart.setOption({
  animation: false,
  textStyle: { fontFamily: 'Noto Sans CJK SC' },
  xAxis: { type: 'category', data: ['已完成', '推进中', '滞后'] },
  yAxis: { type: 'value' },
  series: [{ type: 'bar', data: [3, 5, 2] }],
});
const svg = chart.renderToSVGString();
for (const [name, font] of [
  ['system', { loadSystemFonts: true, defaultFontFamily: 'Noto Sans CJK SC' }],
  [
    'one file',
    {
      loadSystemFonts: false,
      fontFiles: ['/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc'],
      defaultFontFamily: 'Noto Sans CJK SC',
    },
  ],
]) {
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    const png = new Resvg(svg, { fitTo: { mode: 'width', value: 1200 }, font }).render().asPng();
    console.log(name, Math.round(performance.now() - t), png.length);
  }
}
const t = performance.now();
for (let i = 0; i < 3; i++) {
  const c = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 600, height: 300 });
  c.setOption({
    animation: false,
    xAxis: { type: 'category', data: ['a'] },
    yAxis: { type: 'value' },
    series: [{ type: 'bar', data: [1] }],
  });
  c.renderToSVGString();
  c.dispose();
}
console.log('echarts x3', Math.round(performance.now() - t));
