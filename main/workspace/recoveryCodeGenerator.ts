import crypto from 'node:crypto';
import { RECOVERY_CODE_ALPHABET, RECOVERY_CODE_LENGTH, formatRecoveryCode } from '../../shared/recoveryCode';

/** 32 symbols of a 32-letter alphabet: 160 bits from the OS random source, no modulo bias. */
export function generateRecoveryCode(): string {
  const bytes = crypto.randomBytes(RECOVERY_CODE_LENGTH);
  const symbols = [...bytes].map((byte) => RECOVERY_CODE_ALPHABET[byte % 32]);
  return formatRecoveryCode(symbols.join(''));
}
