import { parseDate, parseYesNo, type CellValue } from './cellValues';
import { fieldLabel } from './columnMapping';
import { coalitionRoleMatcher, contactPreferenceMatcher, representativeRoleMatcher } from './enumMatching';
import { type ColumnMapping, type MemberImportField } from '../../shared/importFields';
import { RowInputBuilder } from './rowInputBuilder';

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
export function memberRowInput(cells: readonly string[], mapping: ColumnMapping<'members'>, resolveOrganization: OrganizationResolver): RowInputBuilder<MemberImportField> {
  const row = new RowInputBuilder(cells, mapping);
  const label = (field: MemberImportField) => fieldLabel('members', field);
  putFullName(row);
  for (const field of textFields) row.putText(field);
  row.putParsed('organization', resolveOrganization, ['organizationId']);
  row.putParsed('coalitionRole', coalitionRoleMatcher.match);
  row.putParsed('representativeRole', representativeRoleMatcher.match);
  row.putParsed('preferredContact', contactPreferenceMatcher.match);
  for (const field of yesNoFields) row.putParsed(field, (text) => parseYesNo(label(field), text));
  for (const field of dateFields) row.putParsed(field, (text) => parseDate(label(field), text));
  return row;
}
