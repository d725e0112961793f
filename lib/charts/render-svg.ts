import "server-only";
import * as echarts from "echarts/core";
import { BarChart, BoxplotChart, HeatmapChart, LineChart, RadarChart, ScatterChart } from "echarts/charts";
import {
  AriaComponent,
  GridComponent,
  LegendComponent,
  RadarComponent,
  TitleComponent,
  VisualMapComponent,
} from "echarts/components";
import { SVGRenderer } from "echarts/renderers";

// Charts are drawn on the server as SVG: the browser gets no charting JavaScript
// at all, the page stays light on old government desktops, and print works.
echarts.use([
  SVGRenderer,
  AriaComponent,
  GridComponent,
  LegendComponent,
  RadarComponent,
  TitleComponent,
  VisualMapComponent,
  BarChart,
  BoxplotChart,
  HeatmapChart,
  LineChart,
  RadarChart,
  ScatterChart,
]);

export type ChartOption = echarts.EChartsCoreOption;

/** The font stack the pages use, so labels in the SVG match the surrounding text. */
export const CHART_FONT = '"PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif';

/**
 * Renders one ECharts option to an SVG string (ECharts' server-side rendering).
 * `aria` is on for the option, but server-rendered SVG carries no description of
 * its own: the caller names the figure and puts a table with the same numbers
 * next to every chart.
 */
export function renderChartSvg(option: ChartOption, size: { width: number; height: number }): string {
  const chart = echarts.init(null, null, { renderer: "svg", ssr: true, width: size.width, height: size.height });
  try {
    chart.setOption({
      animation: false,
      textStyle: { fontFamily: CHART_FONT },
      ...option,
      aria: { enabled: true, ...((option as { aria?: object }).aria ?? {}) },
    });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
