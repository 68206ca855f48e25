/**
 * The app's only logger. It prints messages and error names/stacks, never inputs or values,
 * so passphrases, keys and coalition content cannot end up in a log.
 */
export function logError(context: string, error: unknown): void {
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : typeof error;
  console.error(`[coalition-desk] ${context}: ${detail}`);
}

export function logInfo(message: string): void {
  console.log(`[coalition-desk] ${message}`);
}
