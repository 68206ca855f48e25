/**
 * Recovery codes are 32 characters of Crockford base32 (160 random bits), shown in groups of four.
 * Normalising lets people type them in lower case, with or without dashes and spaces,
 * and forgives the letters Crockford's alphabet leaves out (I, L -> 1, O -> 0).
 */
export const RECOVERY_CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const RECOVERY_CODE_LENGTH = 32;

export function normalizeRecoveryCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '').replace(/[IL]/g, '1').replace(/O/g, '0');
}

export function isWellFormedRecoveryCode(input: string): boolean {
  const normalized = normalizeRecoveryCode(input);
  if (normalized.length !== RECOVERY_CODE_LENGTH) return false;
  return [...normalized].every((char) => RECOVERY_CODE_ALPHABET.includes(char));
}

export function formatRecoveryCode(normalized: string): string {
  return normalized.match(/.{1,4}/g)?.join('-') ?? normalized;
}
