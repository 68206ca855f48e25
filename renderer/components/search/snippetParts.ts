const MATCH_START = '\u0002';
const MATCH_END = '\u0003';

export interface SnippetPart {
  text: string;
  matched: boolean;
}

/** Splits a search snippet into plain and matched parts; the host marks matches as \u0002…\u0003. */
export function snippetParts(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  for (const [index, piece] of snippet.split(MATCH_START).entries()) {
    const [matched, rest] = index === 0 ? ['', piece] : splitOnce(piece, MATCH_END);
    if (matched) parts.push({ text: matched, matched: true });
    if (rest) parts.push({ text: rest, matched: false });
  }
  return parts;
}

function splitOnce(text: string, separator: string): [string, string] {
  const at = text.indexOf(separator);
  return at === -1 ? [text, ''] : [text.slice(0, at), text.slice(at + separator.length)];
}
