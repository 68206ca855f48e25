import { type InvolvementLevel, type OrganizationKind } from './importDefaults';
import { parseDate } from './cellValues';
import { fieldLabel } from './columnMapping';
import { type ColumnMapping } from '../../shared/importFields';
import { RowInputBuilder } from './rowInputBuilder';
import { ValueReaders } from './valueReaders';

export interface OrganizationRowDefaults {
  kind: OrganizationKind;
  involvement: InvolvementLevel;
}

const qualityFields = ['vulnerableYouth', 'traffickingExpertise', 'traumaInformed'] as const;
const textFields = ['name', 'sectorOtherLabel', 'jurisdiction', 'address', 'phone', 'website', 'notes'] as const;

/** Reads one CSV row of an organizations import into an organization input (not yet validated). */
export function organizationRowInput(
  cells: readonly string[],
  mapping: ColumnMapping<'organizations'>,
  defaults: OrganizationRowDefaults,
  values: ValueReaders = new ValueReaders(),
): RowInputBuilder<keyof ColumnMapping<'organizations'>> {
  const row = new RowInputBuilder(cells, mapping);
  const label = (field: keyof ColumnMapping<'organizations'>) => fieldLabel('organizations', field);
  for (const field of textFields) row.putText(field);
  row.putParsed('sector', values.reader('sector'));
  row.putParsed('kind', values.reader('kind'));
  row.putParsed('involvement', values.reader('involvement'));
  for (const field of qualityFields) row.putParsed(field, values.yesNo(label(field)), ['qualities', field]);
  row.putParsed('joinedOn', (text) => parseDate(label('joinedOn'), text));
  row.putParsed('leftOn', (text) => parseDate(label('leftOn'), text));
  row.putDefault(['kind'], defaults.kind);
  row.putDefault(['involvement'], defaults.involvement);
  return row;
}
