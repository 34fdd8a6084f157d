import { BarChart as EBar } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { chartTheme, watchTheme } from './chartTheme';

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
    const draw = (): void => {
      const theme = chartTheme();
      const axis = {
        axisLabel: { color: theme.muted },
        axisLine: { lineStyle: { color: theme.border } },
        splitLine: { lineStyle: { color: theme.border } },
      };
      chart.setOption({
        animation: false,
        color: [...theme.series],
        textStyle: { color: theme.text },
        tooltip: {
          trigger: 'axis',
          backgroundColor: theme.surface,
          borderColor: theme.border,
          textStyle: { color: theme.text },
          ...(format
            ? { valueFormatter: (v: unknown) => (typeof v === 'number' ? format(v) : '—') }
            : {}),
        },
        legend: { show: series.length > 1, textStyle: { color: theme.text } },
        grid: { left: 48, right: 16, top: series.length > 1 ? 32 : 20, bottom: 32 },
        xAxis: { type: 'category', data: [...categories], ...axis },
        yAxis: {
          type: 'value',
          ...(max !== undefined ? { max } : {}),
          ...axis,
          axisLabel: {
            color: theme.muted,
            ...(format ? { formatter: (v: number) => format(v) } : {}),
          },
        },
        series: series.map((s) => ({
          type: 'bar',
          name: s.name,
          data: [...s.values],
          // Every bar carries its value: the chart is readable without hovering.
          label: {
            show: true,
            position: 'top',
            color: theme.text,
            ...(format
              ? {
                  formatter: (p: { value: unknown }) =>
                    typeof p.value === 'number' ? format(p.value) : '',
                }
              : {}),
          },
        })),
      });
    };
    draw();
    const unwatch = watchTheme(draw);
    const resize = new ResizeObserver(() => chart.resize());
    resize.observe(host.current);
    return () => {
      unwatch();
      resize.disconnect();
      chart.dispose();
    };
  }, [categories, series, max, format]);
  return (
    <div ref={host} className="bar-chart" role="img" aria-label={label} data-testid={testId} />
  );
}
