import type { ChannelParsedInput, SearchResult } from '../../shared/contract';
import { searchMeetingContent } from '../db/meetingSearchRepository';
import { toMatchExpression } from './searchQuery';
import type { ServiceContext } from './serviceContext';
import { workspaceDb } from './workspaceTransaction';

/**
 * Meeting content for the top bar's search. The subtitle and meeting link are filled in by the meeting
 * services' lookups (see describeMeetingHit).
 */
export function searchMeetingEntries(context: ServiceContext, input: ChannelParsedInput<'search.global'>): SearchResult[] {
  const db = workspaceDb(context);
  const match = toMatchExpression(input.query);
  if (match === null) return [];
  return searchMeetingContent(db, match, input.limit).map((hit) => ({
    kind: hit.kind,
    id: hit.id,
    title: hit.title,
    subtitle: '',
    snippet: hit.snippet,
    meetingId: null,
  }));
}
