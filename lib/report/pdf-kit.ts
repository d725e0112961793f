import PDFDocument from "pdfkit";
import { reportFonts } from "./fonts";

/** Small layout helpers over pdfkit: A4, CJK font, headings, wrapped tables that continue on the next page. */

export type Doc = PDFKit.PDFDocument;

export const MARGIN = 50;
export const COLORS = { text: "#0f172a", muted: "#475569", rule: "#cbd5e1", head: "#e2e8f0", self: "#b45309", verified: "#1e40af", target: "#047857", grid: "#94a3b8" };

export function createDoc(title: string, author: string): Doc {
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: MARGIN, bottom: MARGIN + 20, left: MARGIN, right: MARGIN },
    bufferPages: true,
    info: { Title: title, Author: author, Creator: "AI governance maturity self-assessment platform" },
    lang: "zh-CN",
    displayTitle: true,
  } as PDFKit.PDFDocumentOptions);
  const fonts = reportFonts();
  doc.registerFont("body", fonts.regular);
  doc.registerFont("bold", fonts.bold);
  doc.font("body").fontSize(10).fillColor(COLORS.text);
  return doc;
}

export function contentWidth(doc: Doc): number {
  return doc.page.width - doc.page.margins.left - doc.page.margins.right;
}

function bottom(doc: Doc): number {
  return doc.page.height - doc.page.margins.bottom;
}

export function ensureSpace(doc: Doc, height: number): void {
  if (doc.y + height > bottom(doc)) doc.addPage();
}

export function heading(doc: Doc, text: string, size = 16): void {
  // Keep a heading with what follows it: room for the heading and a few lines, or a new page.
  ensureSpace(doc, size * 3 + 60);
  doc.moveDown(0.6);
  doc.font("bold").fontSize(size).fillColor(COLORS.text).text(text, doc.page.margins.left, doc.y, { width: contentWidth(doc) });
  doc.moveDown(0.3);
  doc.font("body").fontSize(10);
}

export function paragraph(doc: Doc, text: string, opts: { color?: string; size?: number } = {}): void {
  doc.font("body").fontSize(opts.size ?? 10).fillColor(opts.color ?? COLORS.text);
  ensureSpace(doc, doc.heightOfString(text, { width: contentWidth(doc) }));
  doc.text(text, doc.page.margins.left, doc.y, { width: contentWidth(doc) });
  doc.fillColor(COLORS.text);
}

export interface Column {
  header: string;
  /** Share of the content width. */
  width: number;
  align?: "left" | "right" | "center";
}

/** A table whose rows wrap; the header repeats on each page it continues onto. */
export function table(doc: Doc, columns: Column[], rows: string[][], size = 9): void {
  const total = contentWidth(doc);
  const widths = columns.map((c) => c.width * total);
  const pad = 4;
  const left = doc.page.margins.left;
  const rowHeight = (cells: string[], font: string) => {
    doc.font(font).fontSize(size);
    return Math.max(...cells.map((c, i) => doc.heightOfString(c || " ", { width: widths[i]! - 2 * pad }))) + 2 * pad;
  };
  const drawRow = (cells: string[], font: string, fill?: string) => {
    const h = rowHeight(cells, font);
    const y = doc.y;
    if (fill) doc.rect(left, y, total, h).fill(fill);
    doc.fillColor(COLORS.text).font(font).fontSize(size);
    let x = left;
    cells.forEach((c, i) => {
      doc.text(c, x + pad, y + pad, { width: widths[i]! - 2 * pad, align: columns[i]!.align ?? "left" });
      x += widths[i]!;
    });
    doc.moveTo(left, y + h).lineTo(left + total, y + h).lineWidth(0.5).strokeColor(COLORS.rule).stroke();
    doc.x = left;
    doc.y = y + h;
  };
  const header = columns.map((c) => c.header);
  ensureSpace(doc, rowHeight(header, "bold") + (rows[0] ? rowHeight(rows[0], "body") : 0));
  drawRow(header, "bold", COLORS.head);
  for (const r of rows) {
    if (doc.y + rowHeight(r, "body") > bottom(doc)) {
      doc.addPage();
      drawRow(header, "bold", COLORS.head);
    }
    drawRow(r, "body");
  }
  doc.font("body").fontSize(10);
  doc.moveDown(0.5);
}

export interface RadarSeries {
  name: string;
  color: string;
  values: (number | null)[];
  dashed?: boolean;
}

/** A radar of 0..100 indices, drawn with vector paths (the page draws the same figures with ECharts). */
export function radar(doc: Doc, axes: string[], series: RadarSeries[], size = 220): void {
  const height = size + 60;
  ensureSpace(doc, height);
  const cx = doc.page.margins.left + contentWidth(doc) / 2;
  const cy = doc.y + size / 2 + 20;
  const r = size / 2;
  const n = axes.length;
  const point = (i: number, v: number) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / n;
    return [cx + Math.cos(angle) * r * (v / 100), cy + Math.sin(angle) * r * (v / 100)] as const;
  };
  doc.lineWidth(0.5).strokeColor(COLORS.grid);
  for (const ring of [25, 50, 75, 100]) {
    axes.forEach((_, i) => {
      const [x, y] = point(i, ring);
      if (i === 0) doc.moveTo(x, y);
      else doc.lineTo(x, y);
    });
    doc.closePath().stroke();
  }
  axes.forEach((label, i) => {
    const [x, y] = point(i, 100);
    doc.moveTo(cx, cy).lineTo(x, y).stroke();
    // Labels sit outside the outer ring: beside it on the left and right (anchored away from the chart, so a
    // long English name never crosses the grid), above and below it at the top and bottom.
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / n;
    const cos = Math.cos(angle);
    const [lx, ly] = point(i, 106);
    const width = Math.abs(cos) < 0.3 ? 220 : 130;
    doc.font("body").fontSize(9).fillColor(COLORS.text);
    const h = doc.heightOfString(label, { width });
    if (Math.abs(cos) < 0.3) {
      doc.text(label, lx - width / 2, Math.sin(angle) < 0 ? ly - h : ly, { width, align: "center" });
    } else {
      doc.text(label, cos > 0 ? lx : lx - width, ly - h / 2, { width, align: cos > 0 ? "left" : "right" });
    }
  });
  for (const s of series) {
    doc.lineWidth(1.6).strokeColor(s.color);
    if (s.dashed) doc.dash(4, { space: 3 });
    s.values.forEach((v, i) => {
      const [x, y] = point(i, v ?? 0);
      if (i === 0) doc.moveTo(x, y);
      else doc.lineTo(x, y);
    });
    doc.closePath().stroke();
    doc.undash();
  }
  // Legend under the chart.
  let lx = doc.page.margins.left;
  const ly = cy + r + 28;
  for (const s of series) {
    doc.rect(lx, ly + 3, 12, 4).fill(s.color);
    doc.fillColor(COLORS.text).font("body").fontSize(9).text(s.name, lx + 16, ly, { lineBreak: false });
    lx += 16 + doc.widthOfString(s.name) + 18;
  }
  doc.x = doc.page.margins.left;
  doc.y = ly + 20;
  doc.fontSize(10);
}

/** Footer on every page: department and cycle, page n of N (written last, so N is known). */
export function footers(doc: Doc, left: string, pageText: (page: number, pages: number) => string): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const savedBottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const y = doc.page.height - MARGIN;
    doc.moveTo(MARGIN, y - 6).lineTo(doc.page.width - MARGIN, y - 6).lineWidth(0.5).strokeColor(COLORS.rule).stroke();
    doc.font("body").fontSize(8).fillColor(COLORS.muted);
    doc.text(left, MARGIN, y, { width: contentWidth(doc) * 0.7, lineBreak: false, ellipsis: true });
    doc.text(pageText(i + 1, range.count), MARGIN, y, { width: contentWidth(doc), align: "right", lineBreak: false });
    doc.page.margins.bottom = savedBottom;
  }
}

export function toBuffer(doc: Doc): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on("data", (c: Buffer) => chunks.push(c));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
    doc.end();
  });
}
