/**
 * Trimming a chosen set of characters from one end, in one pass. A pattern such as /[ \t]+$/ or /[ \t]+\n/g
 * retries from every character of a long run that is not at the end, which is quadratic in the run's length.
 */
export function trimEndOf(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text.charAt(end - 1))) end -= 1;
  return text.slice(0, end);
}

export function trimStartOf(text: string, chars: string): string {
  let start = 0;
  while (start < text.length && chars.includes(text.charAt(start))) start += 1;
  return text.slice(start);
}
