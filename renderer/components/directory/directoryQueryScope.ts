import type { DataArea } from '../../../shared/dataAreas';

/**
 * Every query whose answer comes from the directory (lists, details, coverage, search) starts its key with this,
 * so one change to the directory refreshes them all.
 */
export const directoryQueryScope = 'directory' satisfies DataArea;
