import { addAgendaItem } from '../services/agenda';
import { saveTemplateFromMeeting } from '../services/agendaTemplates';
import type { ServiceContext } from '../services/serviceContext';
import { parsed } from './sampleInput';
import { SAMPLE_TEMPLATE_ITEMS, SAMPLE_TEMPLATE_NAME, type SampleMonth } from './sampleMeetingScript';

/**
 * A week before a meeting the coordinator fills in its agenda: the template's items, then the month's topics,
 * each with a presenter. At the first meeting the template is saved from them. Returns the topics' item ids.
 */
export function prepareAgenda(context: ServiceContext, meetingId: string, month: SampleMonth | undefined, presenters: readonly string[], saveTemplate: boolean): string[] {
  for (const item of SAMPLE_TEMPLATE_ITEMS) addAgendaItem(context, parsed('agenda.addItem', { meetingId, ...item }));
  if (saveTemplate) saveTemplateFromMeeting(context, { meetingId, name: SAMPLE_TEMPLATE_NAME });
  return (month?.topics ?? []).map(
    ({ title, type, timeboxMinutes }, index) =>
      addAgendaItem(context, parsed('agenda.addItem', { meetingId, title, type, timeboxMinutes, presenterId: presenters[index % presenters.length] ?? null })).id,
  );
}
