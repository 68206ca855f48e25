import { addAgendaItem } from '../services/agenda';
import { saveTemplateFromMeeting } from '../services/agendaTemplates';
import type { ServiceContext } from '../services/serviceContext';
import { parsed } from './sampleInput';
import { SAMPLE_TEMPLATE_ITEMS, SAMPLE_TEMPLATE_NAME, type SampleMonth } from './sampleMeetingScript';

/**
 * A week before a meeting the coordinator fills in its agenda: the template's items, then the month's topics,
 * each with a presenter. At the first meeting the template is saved from them. Returns the topics' item ids.
 */
export async function prepareAgenda(
  context: ServiceContext,
  meetingId: string,
  month: SampleMonth | undefined,
  presenters: readonly string[],
  saveTemplate: boolean,
): Promise<string[]> {
  for (const item of SAMPLE_TEMPLATE_ITEMS) await addAgendaItem(context, parsed('agenda.addItem', { meetingId, ...item }));
  if (saveTemplate) await saveTemplateFromMeeting(context, { meetingId, name: SAMPLE_TEMPLATE_NAME });
  const ids: string[] = [];
  for (const [index, { title, type, timeboxMinutes }] of (month?.topics ?? []).entries()) {
    ids.push(
      (
        await addAgendaItem(
          context,
          parsed('agenda.addItem', { meetingId, title, type, timeboxMinutes, presenterId: presenters[index % presenters.length] ?? null }),
        )
      ).id,
    );
  }
  return ids;
}
