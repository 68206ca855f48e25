import type { ChannelParsedInput, SearchResult } from '../../shared/contract';
import { sectorLabel } from '../../shared/stakeholderSectors';
import { type DirectoryRecordHit, searchDirectoryRecords } from '../db/directoryHitRepository';
import type { ServiceContext } from './serviceContext';
import { storage } from './workspaceTransaction';

/**
 * The directory's part of the top bar's search (organizations and members), through the search port on either engine:
 * accents folded ("munoz" finds "Muñoz"), every word required, the last a prefix, nothing typed read as query syntax.
 */
export async function searchDirectoryEntries(context: ServiceContext, input: ChannelParsedInput<'search.global'>): Promise<SearchResult[]> {
  const hits = await searchDirectoryRecords(storage(context), input.query, input.limit);
  return hits.map((hit) => ({ kind: hit.kind, id: hit.refId, title: hit.title, subtitle: subtitleOf(hit), snippet: hit.snippet, meetingId: null }));
}

function subtitleOf(hit: DirectoryRecordHit): string {
  const parts = hit.organization
    ? [sectorLabel(hit.organization.sector, hit.organization.sectorOtherLabel), hit.organization.jurisdiction]
    : [hit.member?.title, hit.member?.organizationName];
  return parts.filter(Boolean).join(' · ');
}
