const HEX_DIGITS = Buffer.from('0123456789abcdef', 'latin1');

/**
 * SQLCipher takes a raw 256-bit key as the text `x'<64 hex digits>'`. Built as a JavaScript string that text would
 * stay in the heap until the garbage collector gets to it, so it is written straight into a buffer of its own
 * (never Node's shared pool), handed to `use`, and zeroed afterwards whatever happens.
 */
export function withRawKeyText<T>(dataKey: Buffer, use: (keyText: Buffer) => T): T {
  const text = Buffer.alloc(dataKey.length * 2 + 3);
  try {
    text[0] = 0x78; // x
    text[1] = 0x27; // '
    for (let index = 0; index < dataKey.length; index += 1) {
      const byte = dataKey[index] as number;
      text[2 + index * 2] = HEX_DIGITS[byte >> 4] as number;
      text[3 + index * 2] = HEX_DIGITS[byte & 0x0f] as number;
    }
    text[text.length - 1] = 0x27; // '
    return use(text);
  } finally {
    text.fill(0);
  }
}
