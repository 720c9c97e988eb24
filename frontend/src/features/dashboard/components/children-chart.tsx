import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/esm/core';

// Only what this chart needs; the dashboard loads this module lazily (ECharts stays out of the first load).
echarts.use([BarChart, GridComponent, TooltipComponent, CanvasRenderer]);

export interface ChartRow {
  name: string;
  value: number | null;
}

/** The units below, one bar each for a figure (ratios in percent); a click on a bar drills down. */
export default function ChildrenChart({
  rows,
  percent,
  onPick,
}: {
  rows: ChartRow[];
  percent: boolean;
  onPick: (index: number) => void;
}) {
  const option = {
    tooltip: { trigger: 'axis', ...(percent ? { valueFormatter: (v: number) => `${v}%` } : {}) },
    grid: { left: 8, right: 16, top: 16, bottom: 8 },
    xAxis: {
      type: 'category',
      data: rows.map((r) => r.name),
      axisLabel: { interval: 0, rotate: rows.length > 6 ? 40 : 0 },
    },
    yAxis: percent
      ? { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } }
      : { type: 'value', minInterval: 1 },
    series: [
      {
        type: 'bar',
        data: rows.map((r) =>
          r.value === null ? null : percent ? Math.round(r.value * 1000) / 10 : r.value,
        ),
        itemStyle: { color: '#c41d1d' },
        barMaxWidth: 40,
      },
    ],
  };
  return (
    <ReactEChartsCore
      echarts={echarts}
      option={option}
      style={{ height: 280, width: '100%' }}
      notMerge
      onEvents={{ click: (params: { dataIndex: number }) => onPick(params.dataIndex) }}
    />
  );
}
