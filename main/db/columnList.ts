/**
 * Record fields map to snake_case columns of the same name, so one list of field names yields both the INSERT and
 * the UPDATE clause of a table and the two cannot drift apart.
 */
export type FieldList = readonly string[];

const columnOf = (field: string): string => field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

export function insertSql(table: string, fields: FieldList): string {
  const all = ['id', ...fields, 'createdAt', 'updatedAt'];
  return `INSERT INTO ${table} (${all.map(columnOf).join(', ')}) VALUES (${all.map((field) => `@${field}`).join(', ')})`;
}

export function updateSql(table: string, fields: FieldList): string {
  const assignments = [...fields, 'updatedAt'].map((field) => `${columnOf(field)} = @${field}`);
  return `UPDATE ${table} SET ${assignments.join(', ')} WHERE id = @id`;
}

/** SQLite has no boolean: flags are stored as 0/1. */
export const toFlag = (value: boolean): 0 | 1 => (value ? 1 : 0);
