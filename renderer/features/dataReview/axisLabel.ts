/**
 * A measure's name for a chart's axis: broken between words into lines of at most `lineLength` characters, at most
 * `maxLines` of them, the last ending in "…" when the name is longer still (the tooltip and the table view show it
 * whole). A single word longer than a line is cut too. Lines are joined with "\n", which the charts draw as lines.
 */
export function wrapAxisLabel(text: string, lineLength = 32, maxLines = 3): string {
  const lines: string[] = [];
  let current = '';
  for (const word of text.trim().split(/\s+/)) {
    const joined = current ? `${current} ${word}` : word;
    if (joined.length <= lineLength) current = joined;
    else {
      if (current) lines.push(current);
      current = word;
    }
  }
  if (current) lines.push(current);
  const fitted = lines.map((line) => (line.length > lineLength ? `${line.slice(0, lineLength - 1)}…` : line));
  if (fitted.length <= maxLines) return fitted.join('\n');
  const last = fitted[maxLines - 1] ?? '';
  return [...fitted.slice(0, maxLines - 1), `${last.length >= lineLength ? last.slice(0, lineLength - 1) : last}…`].join('\n');
}
