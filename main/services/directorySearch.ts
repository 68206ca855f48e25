import type { ChannelParsedInput, SearchResult } from '../../shared/contract';
import { sectorLabel } from '../../shared/stakeholderSectors';
import { type SearchHit, searchDirectory } from '../db/directorySearchRepository';
import { toMatchExpression } from './searchQuery';
import type { ServiceContext } from './serviceContext';
import { workspaceDb } from './workspaceTransaction';

/** The directory's part of the top bar's search (organizations and members); diacritics are folded ("munoz" finds "Muñoz"). */
export function searchDirectoryEntries(context: ServiceContext, input: ChannelParsedInput<'search.global'>): SearchResult[] {
  const db = workspaceDb(context);
  const match = toMatchExpression(input.query);
  if (match === null) return [];
  return searchDirectory(db, match, input.limit).map((hit) => ({
    kind: hit.kind,
    id: hit.id,
    title: hit.title,
    subtitle: subtitleOf(hit),
    snippet: hit.snippet,
    meetingId: null,
  }));
}

function subtitleOf(hit: SearchHit): string {
  const parts =
    hit.kind === 'organization' && hit.sector
      ? [sectorLabel(hit.sector, hit.sectorOtherLabel), hit.jurisdiction]
      : [hit.memberTitle, hit.memberOrganizationName];
  return parts.filter(Boolean).join(' · ');
}
