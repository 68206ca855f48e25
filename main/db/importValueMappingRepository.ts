import type { ValueMappings } from '../../shared/contract/directoryTransferSchemas';
import { isValueOption, valueCategories, type ValueCategory } from '../../shared/importValues';
import type { StorageExecutor } from './engine/storageEngine';

/** The value mappings chosen in earlier imports of this workspace, by category and folded value. */
export async function loadValueMappings(db: StorageExecutor): Promise<ValueMappings> {
  const rows = await db.selectFrom('import_value_mappings').select(['category', 'value_key as key', 'mapped_to as mappedTo']).execute();
  const mappings: ValueMappings = {};
  for (const row of rows) {
    const category = row.category as ValueCategory;
    if (!valueCategories.includes(category) || !isValueOption(category, row.mappedTo)) continue;
    (mappings[category] ??= {})[row.key] = row.mappedTo;
  }
  return mappings;
}

export async function saveValueMappings(db: StorageExecutor, mappings: ValueMappings, at: string): Promise<void> {
  const values = valueCategories.flatMap((category) =>
    Object.entries(mappings[category] ?? {})
      .filter(([, mappedTo]) => isValueOption(category, mappedTo))
      .map(([key, mappedTo]) => ({ category, value_key: key, mapped_to: mappedTo, updated_at: at })),
  );
  if (values.length === 0) return;
  await db
    .insertInto('import_value_mappings')
    .values(values)
    .onConflict((conflict) =>
      conflict.columns(['category', 'value_key']).doUpdateSet((eb) => ({ mapped_to: eb.ref('excluded.mapped_to'), updated_at: eb.ref('excluded.updated_at') })),
    )
    .execute();
}
