// Number formatting shared with the export (lib side), so the file and the table show the same figures.
export { compareHref, fmt, fmtSigned, LEVEL_COLOURS, pct, sectorLabel } from "@/lib/data/compare/format";
