/**
 * Long English axis names wrap onto short lines, so the labels left and right of a
 * radar stay inside the chart (the SVG clips what falls outside). Names without
 * spaces — Chinese — are left as they are.
 */
export function wrapAxisName(name: string, max = 18): string {
  const lines: string[] = [];
  let line = "";
  for (const word of name.split(/\s+/)) {
    if (line && `${line} ${word}`.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join("\n");
}
