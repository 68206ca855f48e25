import type { AgendaItem, agendaItemTypes } from '../../../../shared/contract';

/** What the agenda item form holds while someone types: the timebox as typed text. */
export interface AgendaItemDraft {
  title: string;
  type: (typeof agendaItemTypes)[number];
  presenterId: string | null;
  timeboxMinutes: string;
  description: string;
}

export const agendaItemFormKeys = ['title', 'type', 'presenterId', 'timeboxMinutes', 'description'] as const;

export const agendaItemFieldLabels = {
  title: 'Title',
  type: 'Type',
  presenterId: 'Presenter',
  timeboxMinutes: 'Timebox (minutes)',
  description: 'Description',
} as const;

export const emptyAgendaItemDraft: AgendaItemDraft = { title: '', type: 'discussion', presenterId: null, timeboxMinutes: '10', description: '' };

export function draftFromAgendaItem(item: AgendaItem): AgendaItemDraft {
  return { title: item.title, type: item.type, presenterId: item.presenterId, timeboxMinutes: String(item.timeboxMinutes), description: item.description };
}

export function agendaItemFieldsFromDraft(draft: AgendaItemDraft) {
  return { ...draft, timeboxMinutes: draft.timeboxMinutes.trim() === '' ? undefined : Number(draft.timeboxMinutes) };
}

/** The items in the order of `ids`; items the order does not know (just added elsewhere) keep their place at the end. */
export function inOrder(items: readonly AgendaItem[], ids: readonly string[] | null): AgendaItem[] {
  if (!ids) return [...items];
  const byId = new Map(items.map((item) => [item.id, item]));
  const ordered = ids.flatMap((id) => byId.get(id) ?? []);
  return [...ordered, ...items.filter((item) => !ids.includes(item.id))];
}
