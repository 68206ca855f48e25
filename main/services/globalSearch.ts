import type { ChannelParsedInput, SearchResult } from '../../shared/contract';
import { searchDirectoryEntries } from './directorySearch';
import { searchMeetingEntries } from './meetingSearch';
import type { ServiceContext } from './serviceContext';

/** The top bar's search: the directory first, then meeting content, each ranked by relevance. */
export async function searchGlobal(context: ServiceContext, input: ChannelParsedInput<'search.global'>): Promise<SearchResult[]> {
  const directory = await searchDirectoryEntries(context, input);
  return [...directory, ...meetingEntries(context, input)].slice(0, input.limit);
}

/** Meeting content is searched on the workspace only until the meeting search moves onto the storage engine. */
function meetingEntries(context: ServiceContext, input: ChannelParsedInput<'search.global'>): SearchResult[] {
  if (context.session.server) return [];
  return searchMeetingEntries(context, { ...input, limit: input.limit });
}
