const HEX_DIGITS = Buffer.from('0123456789abcdef', 'ascii');

/**
 * SQLCipher's raw-key form, x'<64 hex digits>', built straight into a buffer so the key never becomes a
 * JavaScript string (strings cannot be zeroed). The caller zeroes the buffer after use.
 */
export function rawKeyLiteral(key: Buffer): Buffer {
  const literal = Buffer.alloc(key.length * 2 + 3);
  literal[0] = 0x78; // x
  literal[1] = 0x27; // '
  for (let index = 0; index < key.length; index += 1) {
    literal[2 + index * 2] = HEX_DIGITS[key[index]! >> 4]!;
    literal[3 + index * 2] = HEX_DIGITS[key[index]! & 0x0f]!;
  }
  literal[literal.length - 1] = 0x27;
  return literal;
}
