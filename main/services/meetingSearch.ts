import type { ChannelParsedInput, SearchResult } from '../../shared/contract';
import { dialectOf } from '../db/engine/storageEngine';
import { searchIndexFor } from '../db/engine/search/searchIndexFor';
import { readHitContexts } from '../db/meetingHitRepository';
import { type MeetingSearchKind, meetingSearchKinds } from '../db/meetingSearchRepository';
import { hitSubtitle } from '../meetings/hitSubtitle';
import { loadPreferences } from './preferences';
import type { ServiceContext } from './serviceContext';
import { storage } from './workspaceTransaction';

const isMeetingKind = (kind: string): kind is MeetingSearchKind => (meetingSearchKinds as readonly string[]).includes(kind);

/**
 * Meeting content for the top bar's search, through the search port on either engine, each hit saying where it
 * lives (see meetings/hitSubtitle.ts) and which meeting to open. Confidential notes are found like any other, and
 * say so.
 */
export async function searchMeetingEntries(context: ServiceContext, input: ChannelParsedInput<'search.global'>): Promise<SearchResult[]> {
  const db = storage(context);
  const hits = (await searchIndexFor({ dialect: dialectOf(db) }).search(db, 'meetings', input.query, input.limit)).flatMap((hit) =>
    isMeetingKind(hit.kind) ? [{ ...hit, kind: hit.kind }] : [],
  );
  const contexts = await readHitContexts(
    db,
    hits.map((hit) => hit.refId),
  );
  const { dateStyle } = await loadPreferences(db);
  return hits.map((hit) => {
    const found = contexts.get(hit.refId);
    return {
      kind: hit.kind,
      id: hit.refId,
      title: hit.title,
      subtitle: hitSubtitle(hit.kind, found, dateStyle),
      snippet: hit.snippet,
      meetingId: found?.meetingId ?? null,
    };
  });
}
