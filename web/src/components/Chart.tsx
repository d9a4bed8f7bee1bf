/**
 * An ECharts chart (SVG renderer) that follows its container's width. Only
 * the chart kinds and components registered here are bundled; pages import
 * this file, so charts load with the page that shows them, not the shell.
 */
import { BarChart, LineChart, PieChart } from 'echarts/charts';
import {
  DatasetComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import type { EChartsCoreOption } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

echarts.use([
  BarChart,
  LineChart,
  PieChart,
  DatasetComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
  SVGRenderer,
]);

export type ChartOption = EChartsCoreOption;

/** Series colours that stay apart for colour-blind readers (teal, orange, blue, red, grey). */
export const CHART_COLOURS = ['#0b7285', '#e8590c', '#1c7ed6', '#c92a2a', '#868e96', '#5c940d'];

export function Chart({
  option,
  height = 280,
  label,
}: {
  option: ChartOption;
  height?: number;
  label: string;
}) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  useEffect(() => {
    if (!element.current) return;
    const instance = echarts.init(element.current, undefined, { renderer: 'svg' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element.current);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);
  useEffect(() => {
    chart.current?.setOption(
      {
        color: CHART_COLOURS,
        textStyle: { fontFamily: 'Liberation Sans, Segoe UI, Roboto, Arial, sans-serif' },
        ...option,
      },
      true,
    );
  }, [option]);
  return <div ref={element} role="img" aria-label={label} style={{ width: '100%', height }} />;
}
