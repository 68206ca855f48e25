/** Which character separates the cells: Excel's "sep=" line when present, otherwise guessed from the header. */
export const csvDelimiters = [',', ';', '\t'] as const;
export type CsvDelimiter = string;

export interface DelimiterChoice {
  delimiter: CsvDelimiter;
  /** Where the header starts: after the "sep=" line, if there is one. */
  headerOffset: number;
  headerLine: number;
}

const sepLine = /^"?sep=(.)"?[ \t]*(\r\n|\r|\n|$)/i;

function firstLineOutsideQuotes(text: string, from: number): string {
  let inQuotes = false;
  for (let index = from; index < text.length; index++) {
    const char = text[index];
    if (char === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (char === '\n' || char === '\r')) return text.slice(from, index);
  }
  return text.slice(from);
}

function countOutsideQuotes(line: string, char: string): number {
  let count = 0;
  let inQuotes = false;
  for (const current of line) {
    if (current === '"') inQuotes = !inQuotes;
    else if (!inQuotes && current === char) count++;
  }
  return count;
}

export function guessDelimiter(headerLine: string): CsvDelimiter {
  let best: CsvDelimiter = ',';
  let bestCount = 0;
  for (const candidate of csvDelimiters) {
    const count = countOutsideQuotes(headerLine, candidate);
    if (count > bestCount) {
      best = candidate;
      bestCount = count;
    }
  }
  return best;
}

export function chooseDelimiter(text: string): DelimiterChoice {
  const declared = sepLine.exec(text);
  if (declared?.[1]) return { delimiter: declared[1], headerOffset: declared[0].length, headerLine: 2 };
  return { delimiter: guessDelimiter(firstLineOutsideQuotes(text, 0)), headerOffset: 0, headerLine: 1 };
}
