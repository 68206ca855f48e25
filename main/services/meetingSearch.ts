import type { ChannelParsedInput, SearchResult } from '../../shared/contract';
import { hitContexts } from '../db/meetingHitRepository';
import { searchMeetingContent } from '../db/meetingSearchRepository';
import { hitSubtitle } from '../meetings/hitSubtitle';
import { readPreferences } from './preferences';
import { toMatchExpression } from './searchQuery';
import type { ServiceContext } from './serviceContext';
import { workspaceDb } from './workspaceTransaction';

/**
 * Meeting content for the top bar's search, each hit saying where it lives (see meetings/hitSubtitle.ts) and
 * which meeting to open. Confidential notes are found like any other, and say so.
 */
export function searchMeetingEntries(context: ServiceContext, input: ChannelParsedInput<'search.global'>): SearchResult[] {
  const db = workspaceDb(context);
  const match = toMatchExpression(input.query);
  if (match === null) return [];
  const hits = searchMeetingContent(db, match, input.limit);
  const contexts = hitContexts(db, hits.map((hit) => hit.id));
  const { dateStyle } = readPreferences(db);
  return hits.map((hit) => {
    const found = contexts.get(hit.id);
    return { kind: hit.kind, id: hit.id, title: hit.title, subtitle: hitSubtitle(hit.kind, found, dateStyle), snippet: hit.snippet, meetingId: found?.meetingId ?? null };
  });
}
