/**
 * Record fields map to snake_case columns of the same name, so a list of field names yields the INSERT of a table
 * with named parameters (the bench's bulk writer of action items, statements prepared once).
 */
export type FieldList = readonly string[];

const columnOf = (field: string): string => field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

export function insertSql(table: string, fields: FieldList): string {
  const all = ['id', ...fields, 'createdAt', 'updatedAt'];
  return `INSERT INTO ${table} (${all.map(columnOf).join(', ')}) VALUES (${all.map((field) => `@${field}`).join(', ')})`;
}

/** SQLite has no boolean: flags are stored as 0/1. */
export const toFlag = (value: boolean): 0 | 1 => (value ? 1 : 0);
