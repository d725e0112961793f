import { describe, expect, it } from "vitest";
import { renderChartSvg } from "./render-svg";

describe("renderChartSvg", () => {
  it("draws a radar with Chinese labels as scalable SVG", () => {
    const svg = renderChartSvg(
      {
        radar: { indicator: [{ name: "总体治理", max: 100 }, { name: "政务服务", max: 100 }, { name: "监管规则", max: 100 }] },
        series: [{ type: "radar", data: [{ name: "自评", value: [40, 55, 70] }] }],
      },
      { width: 400, height: 300 },
    );
    expect(svg.startsWith("<svg")).toBe(true);
    expect(svg).toContain("总体治理");
    expect(svg).toMatch(/^<svg width="400" height="300"[^>]*viewBox="0 0 400 300"/);
  });

  it("escapes text so a label cannot inject markup", () => {
    const svg = renderChartSvg(
      { xAxis: { type: "category", data: ["<script>x</script>"] }, yAxis: { type: "value" }, series: [{ type: "bar", data: [1] }] },
      { width: 300, height: 200 },
    );
    expect(svg).not.toContain("<script>");
  });
});
