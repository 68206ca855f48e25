/** "before-migration" -> "Before migration": backup reasons are stable codes; people read sentences. */
export function describeBackupReason(reason: string): string {
  const words = reason.replace(/[-_]+/g, ' ').trim();
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : 'Backup';
}
