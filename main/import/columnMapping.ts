import { memberHeaderSynonyms, organizationHeaderSynonyms, peopleHeaderSynonyms } from './headerSynonyms';
import {
  importFieldLabels,
  importFieldsOf,
  memberFieldLabels,
  organizationFieldLabels,
  peopleFieldLabels,
  type ColumnMapping,
  type ImportField,
  type ImportKind,
} from '../../shared/importFields';
import { normalizeKey } from './normalizeKey';

/** Guesses which CSV column feeds which field from the header texts; the result is a plain, editable record. */

const minimumPartialLength = 4;

function synonymsOf<K extends ImportKind>(kind: K): Record<ImportField<K>, readonly string[]> {
  const byKind = { organizations: organizationHeaderSynonyms, members: memberHeaderSynonyms, people: peopleHeaderSynonyms };
  return byKind[kind] as Record<ImportField<K>, readonly string[]>;
}

export function fieldLabel<K extends ImportKind>(kind: K, field: ImportField<K>): string {
  return importFieldLabels(kind)[field];
}

export function emptyColumnMapping<K extends ImportKind>(kind: K): ColumnMapping<K> {
  return Object.fromEntries(importFieldsOf(kind).map((field) => [field, null])) as ColumnMapping<K>;
}

/** How well a header contains a synonym: a header that ends with it ("Primary rep email") names that field. */
function partialScore(header: string, synonym: string): number {
  if (synonym.length < minimumPartialLength || !header.includes(synonym)) return 0;
  return (header.endsWith(synonym) ? 1000 : 0) + synonym.length;
}

export function guessColumnMapping<K extends ImportKind>(kind: K, headers: readonly string[]): ColumnMapping<K> {
  const mapping = emptyColumnMapping(kind);
  const synonyms = synonymsOf(kind);
  const fields = importFieldsOf(kind);
  const normalizedSynonyms = new Map(fields.map((field) => [field, synonyms[field].map(normalizeKey)]));
  const normalizedHeaders = headers.map(normalizeKey);
  const used = new Set<number>();

  for (const field of fields) {
    const column = normalizedHeaders.findIndex((header, index) => !used.has(index) && header !== '' && (normalizedSynonyms.get(field) ?? []).includes(header));
    if (column >= 0) {
      mapping[field] = column;
      used.add(column);
    }
  }

  normalizedHeaders.forEach((header, column) => {
    if (used.has(column) || header === '') return;
    let best: { field: ImportField<K>; score: number } | null = null;
    for (const field of fields) {
      if (mapping[field] !== null) continue;
      const score = Math.max(0, ...(normalizedSynonyms.get(field) ?? []).map((synonym) => partialScore(header, synonym)));
      if (score > (best?.score ?? 0)) best = { field, score };
    }
    if (best) {
      mapping[best.field] = column;
      used.add(column);
    }
  });
  return mapping;
}

/** What must be mapped before an import can run, as messages for the mapping editor. */
export function missingRequiredFields<K extends ImportKind>(kind: K, mapping: ColumnMapping<K>): string[] {
  if (kind === 'organizations') {
    const organizationMapping = mapping as ColumnMapping<'organizations'>;
    return (['name', 'sector'] as const)
      .filter((field) => organizationMapping[field] === null)
      .map((field) => `Choose the column for ${organizationFieldLabels[field]}.`);
  }
  const memberMapping = mapping as ColumnMapping<'members'>;
  const hasName = memberMapping.fullName !== null || memberMapping.firstName !== null || memberMapping.lastName !== null;
  const missing = hasName ? [] : [`Choose the column for ${memberFieldLabels.fullName} (or first and last name).`];
  if (kind !== 'people') return missing;
  const peopleMapping = mapping as ColumnMapping<'people'>;
  return [
    ...missing,
    ...(['org.name', 'org.sector'] as const)
      .filter((field) => peopleMapping[field] === null)
      .map((field) => `Choose the column for ${peopleFieldLabels[field]}.`),
  ];
}
