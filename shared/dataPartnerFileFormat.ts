import type { BreakdownId } from './dataBreakdowns';

/**
 * The fill-in XLSX a partner without the app returns with its figures: what the writer (export worker) and the reader
 * (backend) agree on. The figures sheet has one row per count; a hidden, locked column holds each row's key, so the
 * reader finds a count by its key whatever row it ended up on. A very hidden sheet holds the marker: which workspace,
 * organization, period and measure versions the file was made for.
 */
export const PARTNER_FILE_FORMAT = 'coalition-desk-partner-file';
export const PARTNER_FILE_VERSION = 1;

export const FIGURES_SHEET = 'Figures';
export const DEFINITIONS_SHEET = 'Definitions';
export const MARKER_SHEET = 'Coalition Desk';

/** Columns of the figures sheet: the count is in COUNT_COLUMN, the note in NOTE_COLUMN, each row's key in KEY_COLUMN. */
export const COUNT_COLUMN = 'C';
export const NOTE_COLUMN = 'B';
export const KEY_COLUMN = 'D';

/** The most a partner file may weigh when it comes back: a filled template is a few tens of kilobytes. */
export const MAX_PARTNER_FILE_BYTES = 2 * 1024 * 1024;

export interface PartnerFileMarker {
  format: typeof PARTNER_FILE_FORMAT;
  version: typeof PARTNER_FILE_VERSION;
  workspaceId: string;
  organizationId: string;
  period: string;
  /** The measures asked for, each with the version of its definition printed on the definitions sheet. */
  measures: { id: string; definitionVersion: number }[];
}

export type PartnerRowKey = { kind: 'total'; measureId: string } | { kind: 'cell'; measureId: string; breakdown: BreakdownId; cell: string } | { kind: 'note' };

/** The column a row's figure (or the note) is typed in. */
export function inputColumnOf(key: PartnerRowKey): string {
  return key.kind === 'note' ? NOTE_COLUMN : COUNT_COLUMN;
}

export function rowKeyText(key: PartnerRowKey): string {
  if (key.kind === 'note') return 'note';
  if (key.kind === 'total') return `total:${key.measureId}`;
  return `cell:${key.measureId}:${key.breakdown}:${key.cell}`;
}

/** The key a row's key cell names, or null for a row without one (titles, headings) or a key we never write. */
export function parseRowKey(text: string): PartnerRowKey | null {
  if (text === 'note') return { kind: 'note' };
  const parts = text.split(':');
  if (parts[0] === 'total' && parts.length === 2 && parts[1]) return { kind: 'total', measureId: parts[1] };
  if (parts[0] === 'cell' && parts.length === 4 && parts[1] && parts[2] && parts[3])
    return { kind: 'cell', measureId: parts[1], breakdown: parts[2] as BreakdownId, cell: parts[3] };
  return null;
}

/** The marker read back, or null when the text is not one (a file the app did not make, or one changed by hand). */
export function parseMarker(text: string): PartnerFileMarker | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const marker = value as Partial<PartnerFileMarker>;
  const isText = (field: unknown) => typeof field === 'string' && field.length > 0 && field.length <= 100;
  if (marker.format !== PARTNER_FILE_FORMAT || marker.version !== PARTNER_FILE_VERSION) return null;
  if (!isText(marker.workspaceId) || !isText(marker.organizationId) || !isText(marker.period) || !Array.isArray(marker.measures)) return null;
  if (!marker.measures.every((measure) => isText(measure?.id) && Number.isInteger(measure?.definitionVersion))) return null;
  return marker as PartnerFileMarker;
}
