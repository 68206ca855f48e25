import { memberInputSchema } from '../../shared/contract/directorySchemas';
import { organizationImportFields, peopleOrganizationField, type ColumnMapping } from '../../shared/importFields';
import { type CsvRow } from './csvParser';
import { defaultInvolvement, defaultOrganizationKind } from './importDefaults';
import { memberFileKeys, type ImportOptions, type MemberImportInput, type MemberImportLookups, type RowKind } from './importRows';
import { memberRowInput } from './memberRowInput';
import { OrganizationRegistry } from './organizationRegistry';
import { ValueReaders } from './valueReaders';

/**
 * A people file: one row per person, their organization on the same row. Each row is read as a member whose
 * organization is matched in the directory or, failing that, read from the same row's organization cells.
 */
export function peopleMappings(mapping: ColumnMapping<'people'>): { members: ColumnMapping<'members'>; organizations: ColumnMapping<'organizations'> } {
  const organizations = Object.fromEntries(
    organizationImportFields.map((field) => [field, mapping[peopleOrganizationField(field)]]),
  ) as ColumnMapping<'organizations'>;
  const personal = Object.fromEntries(Object.entries(mapping).filter(([field]) => !field.startsWith('org.')));
  return { members: { ...personal, organization: mapping['org.name'] } as ColumnMapping<'members'>, organizations };
}

/** How a people file's rows are read, with the registry of the organizations they name (filled as rows are read). */
export function peopleRowKind(
  rows: readonly CsvRow[],
  mapping: ColumnMapping<'people'>,
  lookups: MemberImportLookups,
  options: ImportOptions,
): { kind: RowKind<MemberImportInput>; organizations: OrganizationRegistry } {
  const values = options.values ?? new ValueReaders();
  const split = peopleMappings(mapping);
  const defaults = { kind: defaultOrganizationKind, involvement: defaultInvolvement, ...options.organizationDefaults };
  const organizations = new OrganizationRegistry(lookups, split.organizations, defaults, values);
  const lineOf = new Map<readonly string[], number>(rows.map((row) => [row.cells, row.line]));
  const kind: RowKind<MemberImportInput> = {
    read: (cells) => memberRowInput(cells, split.members, (name) => organizations.resolve(name, cells, lineOf.get(cells) ?? 0), values, options.memberDefaults),
    schema: memberInputSchema,
    fileKeys: (input) => memberFileKeys(input),
    findExisting: (input) => lookups.findMember({ email: input.email, fullName: input.fullName, organizationId: input.organizationId }),
  };
  return { kind, organizations };
}
