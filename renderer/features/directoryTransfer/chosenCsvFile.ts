import { bytesToBase64 } from '../../components/files/base64';

/** A file the person chose, read and ready to send. */
export interface ChosenCsvFile {
  /** Tells two choices apart, even of the same file, so the preview is asked again. */
  id: number;
  fileName: string;
  contentBase64: string;
  /** Lines after the header; quoted line breaks make it a little high, which is fine for a progress message. */
  rowEstimate: number;
}

const LINE_FEED = 0x0a;
let nextFileId = 1;

function countDataLines(bytes: Uint8Array): number {
  let lineFeeds = 0;
  for (const byte of bytes) if (byte === LINE_FEED) lineFeeds += 1;
  const endsWithLineFeed = bytes.length > 0 && bytes[bytes.length - 1] === LINE_FEED;
  return Math.max(0, lineFeeds + (endsWithLineFeed ? 0 : 1) - 1);
}

export async function readCsvFile(file: File): Promise<ChosenCsvFile> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  return { id: nextFileId++, fileName: file.name, contentBase64: bytesToBase64(bytes), rowEstimate: countDataLines(bytes) };
}
