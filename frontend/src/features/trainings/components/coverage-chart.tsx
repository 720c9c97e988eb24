import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import type { TrainingCoverageRow } from '../api/types';

// Only what this chart needs; loaded lazily by the coverage page.
echarts.use([BarChart, GridComponent, TooltipComponent, CanvasRenderer]);

/** Training coverage per child unit, in percent; a click on a bar drills down. */
export default function TrainingCoverageChart({
  rows,
  onPick,
}: {
  rows: TrainingCoverageRow[];
  onPick: (row: TrainingCoverageRow) => void;
}) {
  const option = {
    tooltip: { trigger: 'axis', valueFormatter: (v: number) => `${v}%` },
    grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
    xAxis: {
      type: 'category',
      data: rows.map((r) => r.unit.name),
      axisLabel: { interval: 0, rotate: rows.length > 8 ? 40 : 0 },
    },
    yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
    series: [
      {
        type: 'bar',
        data: rows.map((r) => (r.coverage == null ? 0 : Math.round(r.coverage * 1000) / 10)),
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
      onEvents={{
        click: (params: { dataIndex: number }) => rows[params.dataIndex] && onPick(rows[params.dataIndex]),
      }}
    />
  );
}
