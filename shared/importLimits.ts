/**
 * How large a file may be imported, and what that means on the wire: files travel base64-encoded inside the
 * JSON of a call (the renderer cannot hand over a path in browser mode), so the browser-mode host's body limit is
 * derived from the import limit here and the two cannot drift apart.
 */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/** Base64 turns every 3 bytes (or part of them) into 4 characters. */
export function base64Length(bytes: number): number {
  return Math.ceil(bytes / 3) * 4;
}

export const MAX_IMPORT_BASE64_LENGTH = base64Length(MAX_IMPORT_BYTES);

/** Room for the rest of a call around the file: the channel, the file name, a column mapping, JSON escapes. */
const CALL_ENVELOPE_BYTES = 1024 * 1024;

/** The largest request body the browser-mode host reads: the largest input any channel accepts, plus its envelope. */
export const MAX_CALL_BODY_BYTES = MAX_IMPORT_BASE64_LENGTH + CALL_ENVELOPE_BYTES;

const MEGABYTE = 1024 * 1024;

function megabytes(bytes: number): string {
  const value = bytes / MEGABYTE;
  return value >= 10 ? value.toFixed(0) : value.toFixed(1);
}

export function fileTooLargeMessage(bytes: number): string {
  return `That file is too large to import (${megabytes(bytes)} MB). The limit is ${megabytes(MAX_IMPORT_BYTES)} MB.`;
}

/** The size of a file from the size of a call that carries it base64-encoded: what a person knows as its size. */
export function fileBytesInCall(callBytes: number): number {
  return Math.floor((callBytes * 3) / 4);
}
