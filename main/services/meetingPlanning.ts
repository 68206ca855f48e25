import { uuidv7 } from 'uuidv7';
import type { AgendaTemplate } from '../../shared/contract';
import { type NewAgendaItem, addAgendaItems } from '../db/agendaItemRepository';
import type { StorageExecutor } from '../db/engine/storageEngine';
import { type MeetingRecord, addMeeting } from '../db/meetingRepository';
import { standardItemsAfter } from '../meetings/standardItems';
import { initialFields } from './directoryAudit';
import { loadPreferences } from './preferences';
import { writeMeetingHistory } from './meetingAudit';
import type { ServiceContext } from './serviceContext';

export interface MeetingPlan {
  record: MeetingRecord;
  series: { id: string; index: number } | null;
  /** The meeting before it in its series: the new one then starts with the standard items. */
  previous: { id: string; title: string; startsAt: string } | null;
  templateItems: AgendaTemplate['items'];
}

/** Inserts one planned meeting with its starting agenda and its "created" history row; returns its id. */
export async function planMeeting(context: ServiceContext, db: StorageExecutor, at: string, plan: MeetingPlan): Promise<string> {
  const id = uuidv7();
  await addMeeting(db, id, { ...plan.record, seriesId: plan.series?.id ?? null, seriesIndex: plan.series?.index ?? null }, at);
  const standard = plan.previous ? standardItemsAfter(plan.previous, (await loadPreferences(db)).dateStyle) : [];
  const items: NewAgendaItem[] = [
    ...standard.map((item) => ({ ...item, meetingId: id, presenterId: null, description: '', carriedOverFromItemId: null })),
    ...plan.templateItems.map((item) => ({
      ...item,
      meetingId: id,
      presenterId: null,
      role: 'regular' as const,
      carriedOverFromItemId: null,
      approvesMeetingId: null,
    })),
  ];
  await addAgendaItems(
    db,
    items.map(() => uuidv7()),
    items,
    at,
  );
  await writeMeetingHistory(context, db, at, {
    id,
    action: 'created',
    changes: initialFields({ ...plan.record, seriesIndex: plan.series?.index ?? null, agendaItems: items.length }),
  });
  return id;
}
