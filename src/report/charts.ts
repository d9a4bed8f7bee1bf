/**
 * Charts rendered on the server: ECharts (server-side rendering to an SVG
 * string) → resvg → PNG. resvg draws text only with fonts it was given and
 * drops it silently otherwise, so the fonts shipped in assets/fonts/ are
 * loaded by path and named explicitly; system fonts are never consulted, so a
 * chart looks the same on every machine.
 *
 * Sizes: the chart is laid out at 900 × 450 CSS pixels and printed 16 cm wide
 * (1 px ≈ 0,5 pt), so 18 px text prints at about 9 pt; the PNG is rasterised at
 * twice that (1800 px, ≈ 285 dpi at 16 cm).
 */
import * as echarts from 'echarts';
import { Resvg, renderAsync, type ResvgRenderOptions } from '@resvg/resvg-js';
import { FONT_FAMILY, fontFiles } from './fonts.ts';
import type { ChartBlock } from './model.ts';

export const CHART_WIDTH_PX = 900;
export const CHART_HEIGHT_PX = 450;
/** Printed size in the documents. */
export const CHART_WIDTH_CM = 16;
export const CHART_HEIGHT_CM = 8;

/** The chart as an SVG string (text as <text> in the shipped font family). */
export function chartSvg(chart: ChartBlock): string {
  const instance = echarts.init(null, null, {
    renderer: 'svg',
    ssr: true,
    width: CHART_WIDTH_PX,
    height: CHART_HEIGHT_PX,
  });
  try {
    const many = chart.series.length > 2;
    instance.setOption({
      animation: false,
      backgroundColor: '#ffffff',
      textStyle: { fontFamily: FONT_FAMILY, fontSize: 18, color: '#222222' },
      grid: { left: 80, right: 24, top: many ? 86 : 56, bottom: 48 },
      legend: {
        top: 8,
        left: 'center',
        itemWidth: 22,
        itemHeight: 14,
        textStyle: { fontFamily: FONT_FAMILY, fontSize: 17 },
        data: chart.series.map((s) => s.name),
      },
      xAxis: {
        type: 'category',
        data: chart.categories,
        axisLabel: { fontFamily: FONT_FAMILY, fontSize: 18, interval: 0 },
        axisTick: { alignWithLabel: true },
      },
      yAxis: {
        type: 'value',
        name: chart.axisLabel,
        nameTextStyle: { fontFamily: FONT_FAMILY, fontSize: 17 },
        axisLabel: { fontFamily: FONT_FAMILY, fontSize: 17 },
        splitLine: { lineStyle: { color: '#dddddd' } },
      },
      series: chart.series.map((s, i) => ({
        type: 'bar',
        name: s.name,
        data: s.values,
        itemStyle: { color: s.color },
        barMaxWidth: 56,
        barGap: '8%',
        label: {
          show: true,
          position: 'top',
          fontFamily: FONT_FAMILY,
          fontSize: chart.series.length > 2 ? 14 : 16,
          color: '#222222',
          formatter: (p: { dataIndex: number }) => chart.labels[i]?.[p.dataIndex] ?? '',
        },
      })),
    });
    return instance.renderToSVGString();
  } finally {
    instance.dispose();
  }
}

/** Rasterising scale: 1440 px over 16 cm, about 230 dpi. */
export const CHART_SCALE = 1.6;

function resvgOptions(scale: number): ResvgRenderOptions {
  return {
    fitTo: { mode: 'width', value: Math.round(CHART_WIDTH_PX * scale) },
    background: '#ffffff',
    // Charts use the regular face only; loading one file keeps each render fast.
    font: { loadSystemFonts: false, fontFiles: [fontFiles()[0]!], defaultFontFamily: FONT_FAMILY },
  };
}

/** The chart as a PNG, rasterised with the shipped font at `scale` × the layout size. */
export function chartPng(chart: ChartBlock, scale = CHART_SCALE): Uint8Array {
  return new Resvg(chartSvg(chart), resvgOptions(scale)).render().asPng();
}

/** The same off the main thread (resvg's worker pool): several charts rasterise in parallel. */
export async function chartPngAsync(chart: ChartBlock, scale = CHART_SCALE): Promise<Uint8Array> {
  const image = await renderAsync(chartSvg(chart), resvgOptions(scale));
  return image.asPng();
}

/** PNGs of all the charts of a document, by chart id. */
export async function renderCharts(charts: readonly ChartBlock[]): Promise<Map<string, Uint8Array>> {
  const pngs = await Promise.all(charts.map((c) => chartPngAsync(c)));
  return new Map(charts.map((c, i) => [c.id, pngs[i]!]));
}
