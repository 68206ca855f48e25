import type { ChannelOutput, ChannelParsedInput, PickOption } from '../../shared/contract';
import { type DirectoryPickKind, type PickRow, findPickOption, pickMembers, pickOrganizations } from '../db/directoryPickRepository';
import { searchTerms } from '../db/engine/search/searchTerms';
import type { ServiceContext } from './serviceContext';
import { storage } from './workspaceTransaction';

type PickInput = ChannelParsedInput<'directory.pickMembers'>;
type PickResult = ChannelOutput<'directory.pickMembers'>;

/**
 * Pickers that ask the host as someone types (issue 11): a page of options, never the whole directory. Nothing
 * typed offers the first by name; typed text that holds no word (only punctuation) offers nothing.
 */
export function pickMemberOptions(context: ServiceContext, input: PickInput): Promise<PickResult> {
  return pick(context, 'member', input);
}

export function pickOrganizationOptions(context: ServiceContext, input: PickInput): Promise<PickResult> {
  return pick(context, 'organization', input);
}

async function pick(context: ServiceContext, kind: DirectoryPickKind, input: PickInput): Promise<PickResult> {
  const db = storage(context);
  const read = kind === 'member' ? pickMembers : pickOrganizations;
  const nothingToFind = input.query !== '' && searchTerms(input.query).length === 0;
  const options = nothingToFind ? [] : await read(db, { query: input.query, activeOnly: input.activeOnly, limit: input.limit });
  const chosen = input.chosenId ? await findPickOption(db, kind, input.chosenId) : undefined;
  return { options: options.map(toOption), chosen: chosen ? toOption(chosen) : null };
}

function toOption({ archivedAt, ...row }: PickRow): PickOption {
  return { ...row, archived: archivedAt !== null };
}
