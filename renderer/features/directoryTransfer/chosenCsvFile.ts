import { bytesToBase64 } from '../../components/files/base64';

/** A file the person chose, read and ready to send once. */
export interface ChosenCsvFile {
  fileName: string;
  contentBase64: string;
  /** Lines after the header; quoted line breaks make it a little high, which is fine for a progress message. */
  rowEstimate: number;
}

/** A chosen file the host holds: the previews and the commit name it by its id. */
export interface StagedCsvFile {
  stagedId: string;
  fileName: string;
  rows: number;
}

const LINE_FEED = 0x0a;

function countDataLines(bytes: Uint8Array): number {
  let lineFeeds = 0;
  for (const byte of bytes) if (byte === LINE_FEED) lineFeeds += 1;
  const endsWithLineFeed = bytes.length > 0 && bytes[bytes.length - 1] === LINE_FEED;
  return Math.max(0, lineFeeds + (endsWithLineFeed ? 0 : 1) - 1);
}

export async function readCsvFile(file: File): Promise<ChosenCsvFile> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  return { fileName: file.name, contentBase64: bytesToBase64(bytes), rowEstimate: countDataLines(bytes) };
}
