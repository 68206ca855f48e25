import type { ValueMappings } from '../../shared/contract/directoryTransferSchemas';
import { isValueOption, valueCategories, type ValueCategory } from '../../shared/importValues';
import type { Db } from './openDatabase';

/** The value mappings chosen in earlier imports of this workspace, by category and folded value. */
export function loadValueMappings(db: Db): ValueMappings {
  const rows = db.prepare('SELECT category, value_key AS key, mapped_to AS mappedTo FROM import_value_mappings').all() as { category: string; key: string; mappedTo: string }[];
  const mappings: ValueMappings = {};
  for (const row of rows) {
    const category = row.category as ValueCategory;
    if (!valueCategories.includes(category) || !isValueOption(category, row.mappedTo)) continue;
    (mappings[category] ??= {})[row.key] = row.mappedTo;
  }
  return mappings;
}

export function saveValueMappings(db: Db, mappings: ValueMappings, at: string): void {
  const upsert = db.prepare(
    `INSERT INTO import_value_mappings (category, value_key, mapped_to, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (category, value_key) DO UPDATE SET mapped_to = excluded.mapped_to, updated_at = excluded.updated_at`,
  );
  for (const category of valueCategories) {
    for (const [key, mappedTo] of Object.entries(mappings[category] ?? {})) {
      if (isValueOption(category, mappedTo)) upsert.run(category, key, mappedTo, at);
    }
  }
}
