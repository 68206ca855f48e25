import { uuidv7 } from 'uuidv7';
import type { AgendaTemplate } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import { readAgenda } from '../db/agendaItemRepository';
import { deleteTemplate as removeTemplate, findTemplate, insertTemplate, listTemplates as queryTemplates } from '../db/agendaTemplateRepository';
import type { StorageExecutor } from '../db/engine/storageEngine';
import { writeMeetingHistory } from './meetingAudit';
import { loadMeeting } from './meetingRecord';
import type { ServiceContext } from './serviceContext';
import { inTransaction, requireFound, storage } from './workspaceTransaction';

export function listTemplates(context: ServiceContext): Promise<AgendaTemplate[]> {
  return queryTemplates(storage(context));
}

/** Saves a meeting's own items (not the standard ones a series adds) under a name. */
export function saveTemplateFromMeeting(context: ServiceContext, input: { meetingId: string; name: string }): Promise<AgendaTemplate> {
  return inTransaction(context, async (trx, at) => {
    const meeting = await loadMeeting(trx, input.meetingId);
    const items = (await readAgenda(trx, meeting.id))
      .filter((item) => item.role === 'regular')
      .map(({ title, type, timeboxMinutes, description }) => ({ title, type, timeboxMinutes, description }));
    if (items.length === 0) throw new AppError('CONFLICT', `"${meeting.title}" has no agenda items of its own to save as a template. Add items first.`);
    const id = uuidv7();
    await insertTemplate(trx, id, { name: input.name, items }, at);
    await writeMeetingHistory(context, trx, at, {
      entity: 'template',
      id,
      action: 'created',
      changes: { name: input.name, fromMeetingId: meeting.id, items: items.length },
    });
    return requireFound(await findTemplate(trx, id), 'template');
  });
}

export function deleteTemplate(context: ServiceContext, { id }: { id: string }): Promise<{ done: true }> {
  return inTransaction(context, async (trx, at) => {
    const template = requireFound(await findTemplate(trx, id), 'template');
    await removeTemplate(trx, id);
    await writeMeetingHistory(context, trx, at, { entity: 'template', id, action: 'deleted', changes: { name: template.name } });
    return { done: true as const };
  });
}

/** The items a new meeting starts from; a template removed meanwhile is a field error on the form. */
export async function templateItemsFor(db: StorageExecutor, templateId: string | null): Promise<AgendaTemplate['items']> {
  if (templateId === null) return [];
  const template = await findTemplate(db, templateId);
  if (template) return template.items;
  const message = 'That agenda template no longer exists. Choose another, or start with an empty agenda.';
  throw new AppError('VALIDATION', message, { fieldErrors: { templateId: [message] } });
}
