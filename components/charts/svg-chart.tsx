import { renderChartSvg, type ChartOption } from "@/lib/charts/render-svg";

/**
 * A server-rendered ECharts figure. The SVG scales to its container's width;
 * `label` names the chart for assistive technology, and the caller renders a
 * table with the same numbers (the chart is never the only way to read them).
 */
export function SvgChart({
  option,
  width = 640,
  height = 360,
  label,
  className,
}: {
  option: ChartOption;
  width?: number;
  height?: number;
  label: string;
  className?: string;
}) {
  // ECharts writes fixed width/height plus a viewBox; dropping the fixed size lets the SVG scale down to a phone.
  const svg = renderChartSvg(option, { width, height }).replace(
    /^<svg width="\d+" height="\d+"/,
    `<svg aria-hidden="true" focusable="false" style="width:100%;height:auto;max-width:${width}px"`,
  );
  return (
    <figure role="img" aria-label={label} className={className}>
      {/* Markup is produced by ECharts from numbers and our own labels; ECharts escapes text content. */}
      <div dangerouslySetInnerHTML={{ __html: svg }} />
    </figure>
  );
}
