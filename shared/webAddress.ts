/**
 * Whether text looks like a web address: http:// or https://, no spaces, and a dot with something on each side
 * (example.org). Written as one pass rather than a pattern such as /^https?:\/\/\S+\.\S+$/, which backtracks
 * quadratically on a long address without a dot.
 */
export function looksLikeWebAddress(value: string, schemes: readonly string[] = ['http://', 'https://']): boolean {
  const lower = value.slice(0, 8).toLowerCase();
  const scheme = schemes.find((candidate) => lower.startsWith(candidate));
  if (scheme === undefined) return false;
  const rest = value.slice(scheme.length);
  return !/\s/.test(rest) && rest.slice(1, -1).includes('.');
}
