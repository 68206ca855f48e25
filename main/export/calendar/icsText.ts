/**
 * The text rules of iCalendar (RFC 5545 3.1 and 3.3.11): TEXT values escape backslash, semicolon, comma and
 * newlines; content lines are folded so no line is longer than 75 octets, never inside a UTF-8 character.
 */
const MAX_LINE_OCTETS = 75;
// Control characters other than tab are not allowed in a content line (RFC 5545 3.1, CONTROL).
// eslint-disable-next-line no-control-regex -- control characters are exactly what must go
const disallowedControls = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

export function escapeIcsText(value: string): string {
  return value
    .replace(disallowedControls, '')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** A URI or other non-TEXT value: only what is never allowed goes (line breaks and controls). */
export function cleanIcsValue(value: string): string {
  return value.replace(/[\r\n]/g, '').replace(disallowedControls, '');
}

const octets = (character: string): number => new TextEncoder().encode(character).length;

/** Splits a content line into lines of at most 75 octets; each continuation starts with one space. */
export function foldIcsLine(line: string): string {
  const lines: string[] = [];
  let current = '';
  let currentOctets = 0;
  for (const character of line) {
    const size = octets(character);
    // A continuation line's leading space counts towards its 75 octets.
    const limit = lines.length === 0 ? MAX_LINE_OCTETS : MAX_LINE_OCTETS - 1;
    if (currentOctets + size > limit) {
      lines.push(current);
      current = '';
      currentOctets = 0;
    }
    current += character;
    currentOctets += size;
  }
  lines.push(current);
  return lines.join('\r\n ');
}
