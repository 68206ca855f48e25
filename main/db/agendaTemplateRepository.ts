import type { AgendaTemplate } from '../../shared/contract';
import { templateSchema } from '../../shared/contract';
import type { Db } from './openDatabase';

type TemplateRow = Omit<AgendaTemplate, 'items'> & { items: string };
const itemsSchema = templateSchema.shape.items;

export function insertTemplate(db: Db, id: string, template: Pick<AgendaTemplate, 'name' | 'items'>, at: string): void {
  db.prepare('INSERT INTO agenda_templates (id, name, items, created_at) VALUES (?, ?, ?, ?)').run(id, template.name, JSON.stringify(template.items), at);
}

export function deleteTemplate(db: Db, id: string): void {
  db.prepare('DELETE FROM agenda_templates WHERE id = ?').run(id);
}

export function listTemplates(db: Db): AgendaTemplate[] {
  return (db.prepare(`${templateQuery} ORDER BY name COLLATE NOCASE, id`).all() as TemplateRow[]).map(toTemplate);
}

export function findTemplate(db: Db, id: string): AgendaTemplate | undefined {
  const row = db.prepare(`${templateQuery} WHERE id = ?`).get(id) as TemplateRow | undefined;
  return row && toTemplate(row);
}

const templateQuery = 'SELECT id, name, items, created_at AS createdAt FROM agenda_templates';

/** Stored items are checked on the way out; a damaged list reads as empty rather than breaking the page. */
function toTemplate(row: TemplateRow): AgendaTemplate {
  const items = itemsSchema.safeParse(JSON.parse(row.items));
  return { ...row, items: items.success ? items.data : [] };
}
