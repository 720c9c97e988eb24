import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/esm/core';

// Only what this chart needs, so the chunk stays small; loaded lazily by the home page.
echarts.use([BarChart, GridComponent, TooltipComponent, CanvasRenderer]);

export interface KindCount {
  label: string;
  count: number;
}

export function UnitsByKindChart({ data }: { data: KindCount[] }) {
  const option = {
    tooltip: { trigger: 'axis' },
    // ECharts 6 keeps axis labels inside the chart by itself (grid.outerBounds).
    grid: { left: 8, right: 16, top: 16, bottom: 8 },
    xAxis: { type: 'category', data: data.map((d) => d.label) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { type: 'bar', data: data.map((d) => d.count), itemStyle: { color: '#c41d1d' }, barMaxWidth: 48 },
    ],
  };
  return (
    <ReactEChartsCore echarts={echarts} option={option} style={{ height: 240, width: '100%' }} notMerge />
  );
}
