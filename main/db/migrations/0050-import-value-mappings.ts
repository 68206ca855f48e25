import { schemaStep } from './dialect';

/**
 * What the person chose for the values an import did not recognise ("CASA/GAL" -> the CASA and guardians ad litem
 * sector), kept per workspace so the next import of a file written the same way is pre-filled.
 */
export const importValueMappingsMigration = schemaStep(
  50,
  'import-value-mappings',
  (d) => `
      CREATE TABLE import_value_mappings (
        -- shared/importValues.ts valueCategories
        category TEXT NOT NULL,
        -- the value as the file wrote it, folded (main/import/normalizeKey.ts)
        value_key TEXT NOT NULL,
        mapped_to TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (category, value_key)
      )${d.strict};
    `,
);
