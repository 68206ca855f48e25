import { parseDate, type CellValue } from './cellValues';
import { fieldLabel } from './columnMapping';
import { contactPreferenceMatcher } from './enumMatching';
import { type ColumnMapping, type MemberImportField } from '../../shared/importFields';
import { RowInputBuilder } from './rowInputBuilder';
import { ValueReaders } from './valueReaders';

/** What a member gets when the file does not say: the person chooses these before the import. */
export interface MemberRowDefaults {
  coalitionRole: string;
  /** 'primary-representatives': voting when the row makes them their organization's primary representative. */
  votingMember: 'everyone' | 'primary-representatives' | 'nobody';
}

/** Finds the id of the organization a member's row names, or says why it cannot. */
export type OrganizationResolver = (name: string) => CellValue<string>;

const textFields = ['displayName', 'pronouns', 'title', 'email', 'phone', 'notes'] as const;
const yesNoFields = ['votingMember', 'protectedIdentity'] as const;
const dateFields = ['startOn', 'endOn'] as const;

function putFullName(row: RowInputBuilder<MemberImportField>): void {
  const full = row.text('fullName');
  const joined = [row.text('firstName'), row.text('lastName')].filter((part) => part !== '').join(' ');
  if (full !== '' || joined !== '') row.assign(['fullName'], full || joined);
}

/** Reads one CSV row of a members import into a member input (not yet validated). */
export function memberRowInput(
  cells: readonly string[],
  mapping: ColumnMapping<'members'>,
  resolveOrganization: OrganizationResolver,
  values: ValueReaders = new ValueReaders(),
  defaults?: MemberRowDefaults,
): RowInputBuilder<MemberImportField> {
  const row = new RowInputBuilder(cells, mapping);
  const label = (field: MemberImportField) => fieldLabel('members', field);
  putFullName(row);
  for (const field of textFields) row.putText(field);
  row.putParsed('organization', resolveOrganization, ['organizationId']);
  row.putParsed('coalitionRole', values.reader('coalitionRole'));
  row.putParsed('representativeRole', values.reader('representativeRole'));
  row.putParsed('preferredContact', contactPreferenceMatcher.match);
  for (const field of yesNoFields) row.putParsed(field, values.yesNo(label(field)));
  for (const field of dateFields) row.putParsed(field, (text) => parseDate(label(field), text));
  if (defaults) putMemberDefaults(row, defaults);
  return row;
}

function putMemberDefaults(row: RowInputBuilder<MemberImportField>, defaults: MemberRowDefaults): void {
  row.putDefault(['coalitionRole'], defaults.coalitionRole);
  const primary = row.input.representativeRole === 'primary';
  row.putDefault(['votingMember'], defaults.votingMember === 'everyone' || (defaults.votingMember === 'primary-representatives' && primary));
}
