/** Turns the bytes of an uploaded file into text, refusing anything that is not valid Unicode. */
export type DecodeResult = { ok: true; text: string } | { ok: false; error: NotUtf8Error };

export interface NotUtf8Error {
  kind: 'not-utf8';
  /** The line of the first byte that is not UTF-8, when it can be told. */
  line: number | null;
  message: string;
}

const utf16LeBom = [0xff, 0xfe];
const utf16BeBom = [0xfe, 0xff];

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

function encodingOf(bytes: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' {
  if (startsWith(bytes, utf16LeBom)) return 'utf-16le';
  if (startsWith(bytes, utf16BeBom)) return 'utf-16be';
  return 'utf-8';
}

function lineOfFirstBadByte(bytes: Uint8Array): number | null {
  const lenient = new TextDecoder('utf-8').decode(bytes);
  const bad = lenient.indexOf('\uFFFD');
  if (bad < 0) return null;
  return lenient.slice(0, bad).split(/\r\n|\r|\n/).length;
}

/** Decodes UTF-8 (with or without a byte-order mark), or UTF-16 with a byte-order mark as Excel's "Unicode text" writes. */
export function decodeCsvBytes(bytes: Uint8Array): DecodeResult {
  try {
    // The decoder drops a leading byte-order mark itself (ignoreBOM is false by default).
    return { ok: true, text: new TextDecoder(encodingOf(bytes), { fatal: true }).decode(bytes) };
  } catch {
    const line = lineOfFirstBadByte(bytes);
    const where = line === null ? '' : ` (see line ${line})`;
    return {
      ok: false,
      error: {
        kind: 'not-utf8',
        line,
        message: `This file is not UTF-8${where}: it was probably saved in an older encoding such as Windows-1252. In Excel, save it as 'CSV UTF-8 (Comma delimited)' and import it again.`,
      },
    };
  }
}
