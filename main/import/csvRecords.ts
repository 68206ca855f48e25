/** Splits CSV text into records as RFC 4180 describes, tolerating CR or LF line ends and stray quotes. */
export interface CsvRecord {
  /** The line (1-based) where the record starts, as a text editor counts it. */
  line: number;
  cells: string[];
}

export type CsvRecordsResult = { ok: true; records: CsvRecord[] } | { ok: false; unclosedQuoteLine: number };

const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;

function countLineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let index = from; index < to; index++) {
    const code = text.charCodeAt(index);
    if (code === LF || (code === CR && text.charCodeAt(index + 1) !== LF)) count++;
  }
  return count;
}

function endOfUnquoted(text: string, from: number, delimiter: number): number {
  let index = from;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    if (code === delimiter || code === LF || code === CR) break;
    index++;
  }
  return index;
}

const normalizeLineBreaks = (value: string) => value.replace(/\r\n?/g, '\n');

export function splitCsvRecords(text: string, delimiter: string, start = 0, firstLine = 1): CsvRecordsResult {
  const delimiterCode = delimiter.charCodeAt(0);
  const records: CsvRecord[] = [];
  let index = start;
  let line = firstLine;
  let recordLine = line;
  let cells: string[] = [];

  while (index < text.length) {
    let value: string;
    if (text.charCodeAt(index) === QUOTE) {
      let quoted = '';
      let from = index + 1;
      for (;;) {
        const closing = text.indexOf('"', from);
        if (closing < 0) return { ok: false, unclosedQuoteLine: recordLine };
        quoted += text.slice(from, closing);
        line += countLineBreaks(text, from, closing);
        if (text.charCodeAt(closing + 1) !== QUOTE) {
          index = closing + 1;
          break;
        }
        quoted += '"';
        from = closing + 2;
      }
      const end = endOfUnquoted(text, index, delimiterCode);
      value = normalizeLineBreaks(quoted) + text.slice(index, end);
      index = end;
    } else {
      const end = endOfUnquoted(text, index, delimiterCode);
      value = text.slice(index, end);
      index = end;
    }
    cells.push(value);

    const code = text.charCodeAt(index);
    if (code === delimiterCode) {
      index++;
      if (index === text.length) cells.push('');
      continue;
    }
    index += code === CR && text.charCodeAt(index + 1) === LF ? 2 : 1;
    records.push({ line: recordLine, cells });
    line++;
    recordLine = line;
    cells = [];
  }
  if (cells.length > 0) records.push({ line: recordLine, cells });
  return { ok: true, records };
}
