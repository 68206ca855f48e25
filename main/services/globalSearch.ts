import type { ChannelParsedInput, SearchResult } from '../../shared/contract';
import { searchDirectoryEntries } from './directorySearch';
import { searchMeetingEntries } from './meetingSearch';
import type { ServiceContext } from './serviceContext';

/** The top bar's search: the directory first, then meeting content, each ranked by relevance. */
export async function searchGlobal(context: ServiceContext, input: ChannelParsedInput<'search.global'>): Promise<SearchResult[]> {
  const directory = await searchDirectoryEntries(context, input);
  const meetings = await searchMeetingEntries(context, { ...input, limit: input.limit });
  return [...directory, ...meetings].slice(0, input.limit);
}
