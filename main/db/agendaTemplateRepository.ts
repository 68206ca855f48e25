import { sql } from 'kysely';
import type { AgendaTemplate } from '../../shared/contract';
import { templateSchema } from '../../shared/contract';
import { nameOrder } from './engine/dialectSql';
import { type StorageExecutor, dialectOf } from './engine/storageEngine';

const itemsSchema = templateSchema.shape.items;

export async function insertTemplate(db: StorageExecutor, id: string, template: Pick<AgendaTemplate, 'name' | 'items'>, at: string): Promise<void> {
  await db
    .insertInto('agenda_templates')
    .values({ id, name: template.name, items: JSON.stringify(template.items), created_at: at })
    .execute();
}

export async function deleteTemplate(db: StorageExecutor, id: string): Promise<void> {
  await db.deleteFrom('agenda_templates').where('id', '=', id).execute();
}

export async function listTemplates(db: StorageExecutor): Promise<AgendaTemplate[]> {
  const rows = await templates(db)
    .orderBy(nameOrder(dialectOf(db), sql.ref('name')))
    .orderBy('id')
    .execute();
  return rows.map(toTemplate);
}

export async function findTemplate(db: StorageExecutor, id: string): Promise<AgendaTemplate | undefined> {
  const row = await templates(db).where('id', '=', id).executeTakeFirst();
  return row && toTemplate(row);
}

const templates = (db: StorageExecutor) => db.selectFrom('agenda_templates').select(['id', 'name', 'items', 'created_at as createdAt']);

/** Stored items are checked on the way out; a damaged list reads as empty rather than breaking the page. */
function toTemplate(row: { id: string; name: string; items: string; createdAt: string }): AgendaTemplate {
  const items = itemsSchema.safeParse(JSON.parse(row.items));
  return { ...row, items: items.success ? items.data : [] };
}
