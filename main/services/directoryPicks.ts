import type { ChannelOutput, ChannelParsedInput } from '../../shared/contract';
import { type DirectoryPickKind, type PickFilter, findPickOption, pickMembers, pickOrganizations } from '../db/directoryPickRepository';
import type { Db } from '../db/openDatabase';
import { toMatchExpression } from './searchQuery';
import type { ServiceContext } from './serviceContext';
import { workspaceDb } from './workspaceTransaction';

type PickInput = ChannelParsedInput<'directory.pickMembers'>;
type PickResult = ChannelOutput<'directory.pickMembers'>;

/**
 * Pickers that ask the host as someone types (issue 11): a page of options, never the whole directory. Nothing
 * typed offers the first by name; typed text that holds no word (only punctuation) offers nothing.
 */
export function pickMemberOptions(context: ServiceContext, input: PickInput): PickResult {
  return pick(workspaceDb(context), 'member', input, pickMembers);
}

export function pickOrganizationOptions(context: ServiceContext, input: PickInput): PickResult {
  return pick(workspaceDb(context), 'organization', input, pickOrganizations);
}

function pick(db: Db, kind: DirectoryPickKind, input: PickInput, read: (db: Db, filter: PickFilter) => PickResult['options']): PickResult {
  const match = toMatchExpression(input.query);
  const options = input.query !== '' && match === null ? [] : read(db, { match, activeOnly: input.activeOnly, limit: input.limit });
  return { options, chosen: input.chosenId ? findPickOption(db, kind, input.chosenId) : null };
}
