import { searchIndexFor } from '../main/db/engine/search/searchIndexFor';
import { sqlcipherEngine } from '../main/db/engine/storageEngine';
import { readHitContexts } from '../main/db/meetingHitRepository';
import type { Db } from '../main/db/openDatabase';
import { loadMeetingDetail } from '../main/services/meetingDetail';
import { type Row, medianMs } from './harness';
import { insertLargeMeeting, insertNotesDataset } from './meetingsDataset';

export const NOTES = 20_000;
const DETAIL_LOADS = 50;
const SEARCHES = 100;
/** What people type in the top bar: whole words, a name without its accent, a word still being typed. */
const queries = ['runaway protocol', 'munoz', 'shelter referral', 'train', 'survivor advisory', 'court placement', 'hotline', 'caregiver outreach'];

/**
 * `meetings.get` of a meeting with 40 agenda items and 60 attendees (the detail service's own read, through the storage
 * engine), and the top bar's meeting search (the FTS5 query plus the hits' meeting context) over 20,000 notes;
 * encrypted and plain.
 * Runs after the action items bench, so each database also holds 100,000 action items and 5,000 members.
 */
export async function meetingRows(dbs: { encrypted: Db; plain: Db }, repeats: number): Promise<Row[]> {
  const engines = { encrypted: sqlcipherEngine(dbs.encrypted), plain: sqlcipherEngine(dbs.plain) };
  const meetingIds = { encrypted: '', plain: '' };
  for (const side of ['encrypted', 'plain'] as const) {
    const at = new Date().toISOString();
    meetingIds[side] = await insertLargeMeeting(engines[side], at);
    await insertNotesDataset(engines[side], NOTES, at);
    dbs[side].pragma('wal_checkpoint(TRUNCATE)');
  }
  const detail = async (side: 'encrypted' | 'plain') =>
    (await medianMs(repeats, async () => {
      for (let index = 0; index < DETAIL_LOADS; index += 1) await loadMeetingDetail(engines[side].db, meetingIds[side]);
    })) / DETAIL_LOADS;
  const port = searchIndexFor({ dialect: 'sqlcipher' });
  const search = (side: 'encrypted' | 'plain') => {
    const engine = engines[side].db;
    return medianMs(repeats, async () => {
      for (let index = 0; index < SEARCHES; index += 1) {
        const hits = await port.search(engine, 'meetings', queries[index % queries.length]!, 20);
        await readHitContexts(
          engine,
          hits.map((hit) => hit.refId),
        );
      }
    });
  };
  return [
    {
      operation: 'meetings.get: 40 agenda items, 60 attendees, 10 decisions, 20 actions (one load)',
      encryptedMs: await detail('encrypted'),
      plainMs: await detail('plain'),
      note: `median of ${DETAIL_LOADS}-load runs`,
    },
    {
      operation: `meeting search: ${SEARCHES} queries over ${NOTES.toLocaleString('en')} notes (top 20, snippets, context)`,
      encryptedMs: await search('encrypted'),
      plainMs: await search('plain'),
    },
  ];
}
