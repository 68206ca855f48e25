import { uuidv7 } from 'uuidv7';
import type { AgendaTemplate } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import { listAgenda } from '../db/agendaItemRepository';
import { deleteTemplate as removeTemplate, findTemplate, insertTemplate, listTemplates as queryTemplates } from '../db/agendaTemplateRepository';
import type { Db } from '../db/openDatabase';
import { auditMeetingChange } from './meetingAudit';
import { requireMeeting } from './meetingRecord';
import type { ServiceContext } from './serviceContext';
import { inWorkspaceTransaction, requireFound, workspaceDb } from './workspaceTransaction';

export function listTemplates(context: ServiceContext): AgendaTemplate[] {
  return queryTemplates(workspaceDb(context));
}

/** Saves a meeting's own items (not the standard ones a series adds) under a name. */
export function saveTemplateFromMeeting(context: ServiceContext, input: { meetingId: string; name: string }): AgendaTemplate {
  return inWorkspaceTransaction(context, (db, at) => {
    const meeting = requireMeeting(db, input.meetingId);
    const items = listAgenda(db, meeting.id)
      .filter((item) => item.role === 'regular')
      .map(({ title, type, timeboxMinutes, description }) => ({ title, type, timeboxMinutes, description }));
    if (items.length === 0) throw new AppError('CONFLICT', `"${meeting.title}" has no agenda items of its own to save as a template. Add items first.`);
    const id = uuidv7();
    insertTemplate(db, id, { name: input.name, items }, at);
    auditMeetingChange(context, db, at, { entity: 'template', id, action: 'created', changes: { name: input.name, fromMeetingId: meeting.id, items: items.length } });
    return requireFound(findTemplate(db, id), 'template');
  });
}

export function deleteTemplate(context: ServiceContext, { id }: { id: string }): { done: true } {
  return inWorkspaceTransaction(context, (db, at) => {
    const template = requireFound(findTemplate(db, id), 'template');
    removeTemplate(db, id);
    auditMeetingChange(context, db, at, { entity: 'template', id, action: 'deleted', changes: { name: template.name } });
    return { done: true as const };
  });
}

/** The items a new meeting starts from; a template removed meanwhile is a field error on the form. */
export function templateItemsFor(db: Db, templateId: string | null): AgendaTemplate['items'] {
  if (templateId === null) return [];
  const template = findTemplate(db, templateId);
  if (template) return template.items;
  const message = 'That agenda template no longer exists. Choose another, or start with an empty agenda.';
  throw new AppError('VALIDATION', message, { fieldErrors: { templateId: [message] } });
}
