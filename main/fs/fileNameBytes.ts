/**
 * File systems limit a file name to 255 bytes (ext4, APFS, NTFS's 255 UTF-16 units are more lenient), not
 * characters: 72 CJK characters are 216 bytes in UTF-8. Names the app makes are bounded by their UTF-8 bytes.
 *
 * The longest start of `text` that is at most `maxBytes` in UTF-8, cut between characters (never inside one).
 */
export function truncateUtf8(text: string, maxBytes: number): string {
  if (Buffer.byteLength(text, 'utf8') <= maxBytes) return text;
  let bytes = 0;
  let end = 0;
  for (const character of text) {
    const size = Buffer.byteLength(character, 'utf8');
    if (bytes + size > maxBytes) break;
    bytes += size;
    end += character.length;
  }
  return text.slice(0, end);
}

/**
 * A file name of `stem` and then `tail` (a date, a marker, the extension) within `maxBytes`, shortening only the
 * stem. The default leaves room for the app's own temp and partial names made beside the file.
 */
export function fileNameWithin(stem: string, tail: string, maxBytes = 200): string {
  const room = Math.max(0, maxBytes - Buffer.byteLength(tail, 'utf8'));
  return `${truncateUtf8(stem, room).trimEnd()}${tail}`;
}
