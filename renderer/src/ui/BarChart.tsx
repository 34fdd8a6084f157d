import { BarChart as EBar } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

echarts.use([EBar, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export interface BarSeries {
  readonly name: string;
  readonly values: readonly (number | null)[];
}

interface BarChartProps {
  readonly categories: readonly string[];
  readonly series: readonly BarSeries[];
  /** Accessible summary of what the chart shows (the table beside it has the numbers). */
  readonly label: string;
  readonly testId?: string;
  readonly max?: number;
  readonly format?: (value: number) => string;
}

/** A bar chart (ECharts, canvas, bundled: nothing loads from outside). */
export function BarChart({ categories, series, label, testId, max, format }: BarChartProps) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!host.current) return;
    const chart = echarts.init(host.current, undefined, { renderer: 'canvas' });
    const text = getComputedStyle(document.documentElement).color || '#333';
    chart.setOption({
      animation: false,
      textStyle: { color: text },
      tooltip: {
        trigger: 'axis',
        ...(format
          ? { valueFormatter: (v: unknown) => (typeof v === 'number' ? format(v) : '—') }
          : {}),
      },
      legend: { show: series.length > 1, textStyle: { color: text } },
      grid: { left: 48, right: 16, top: series.length > 1 ? 32 : 12, bottom: 32 },
      xAxis: { type: 'category', data: [...categories] },
      yAxis: {
        type: 'value',
        ...(max !== undefined ? { max } : {}),
        ...(format ? { axisLabel: { formatter: (v: number) => format(v) } } : {}),
      },
      series: series.map((s) => ({ type: 'bar', name: s.name, data: [...s.values] })),
    });
    const resize = new ResizeObserver(() => chart.resize());
    resize.observe(host.current);
    return () => {
      resize.disconnect();
      chart.dispose();
    };
  }, [categories, series, max, format]);
  return (
    <div ref={host} className="bar-chart" role="img" aria-label={label} data-testid={testId} />
  );
}
