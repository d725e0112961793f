/**
 * A small, fixed table of figures (a chart's numbers, a comparison): caption
 * for screen readers and print, row headers, numbers aligned right. Few
 * columns, so at 390 px it fits or scrolls inside its own box.
 */
export function FiguresTable({
  caption,
  columns,
  rows,
  captionHidden = false,
  testId,
}: {
  caption: string;
  columns: string[];
  rows: { key: string; cells: (string | number)[] }[];
  captionHidden?: boolean;
  testId?: string;
}) {
  return (
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={caption}>
      <table className="min-w-full border-collapse text-sm" data-testid={testId}>
        <caption className={captionHidden ? "sr-only" : "mb-2 text-left text-sm font-medium text-slate-800"}>{caption}</caption>
        <thead>
          <tr className="border-b border-slate-300 text-left">
            {columns.map((c, i) => (
              <th key={c} scope="col" className={`p-2 font-semibold text-slate-900 ${i > 0 ? "text-right" : ""}`}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} className="border-b border-slate-200">
              {r.cells.map((c, i) =>
                i === 0 ? (
                  <th key={i} scope="row" className="p-2 text-left font-normal text-slate-900">
                    {c}
                  </th>
                ) : (
                  <td key={i} className="p-2 text-right tabular-nums text-slate-900">
                    {c}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
