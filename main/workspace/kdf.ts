import crypto from 'node:crypto';
import { z } from 'zod';

/** scrypt parameters are stored in each key slot, so they can be raised later without breaking old files. */
export const scryptParamsSchema = z.object({
  name: z.literal('scrypt'),
  N: z
    .number()
    .int()
    .min(2)
    .max(2 ** 22),
  r: z.number().int().min(1).max(32),
  p: z.number().int().min(1).max(16),
  salt: z.string().min(16),
});
export type ScryptParams = z.infer<typeof scryptParamsSchema>;
export type ScryptCost = Pick<ScryptParams, 'N' | 'r' | 'p'>;

/** Measured here at ~0.4 s and 128 MiB per derivation: slow for guessing, quick for a person. */
export const DEFAULT_SCRYPT_COST: ScryptCost = { N: 2 ** 17, r: 8, p: 1 };

/** For tests and fuzzing only: same code path, negligible cost. */
export const FAST_TEST_SCRYPT_COST: ScryptCost = { N: 2 ** 4, r: 8, p: 1 };

export function newScryptParams(cost: ScryptCost): ScryptParams {
  return { name: 'scrypt', ...cost, salt: crypto.randomBytes(16).toString('base64') };
}

/**
 * The secret's bytes are zeroed as soon as scrypt is done with them. (The string itself cannot be wiped: JavaScript
 * strings are immutable and are freed when the garbage collector decides; see docs/architecture.md.)
 */
export function deriveKey(secret: string, params: ScryptParams): Promise<Buffer> {
  const maxmem = 256 * params.N * params.r + 64 * 1024 * 1024;
  const secretBytes = Buffer.from(secret.normalize('NFC'), 'utf8');
  return new Promise<Buffer>((resolve, reject) => {
    crypto.scrypt(secretBytes, Buffer.from(params.salt, 'base64'), 32, { N: params.N, r: params.r, p: params.p, maxmem }, (error, key) => {
      secretBytes.fill(0);
      if (error) reject(error);
      else resolve(key);
    });
  });
}
