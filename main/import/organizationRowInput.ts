import { type InvolvementLevel, type OrganizationKind } from './importDefaults';
import { parseDate, parseYesNo } from './cellValues';
import { fieldLabel } from './columnMapping';
import { involvementMatcher, organizationKindMatcher } from './enumMatching';
import { type ColumnMapping } from '../../shared/importFields';
import { RowInputBuilder } from './rowInputBuilder';
import { matchSector } from './sectorMatching';

export interface OrganizationRowDefaults {
  kind: OrganizationKind;
  involvement: InvolvementLevel;
}

const qualityFields = ['vulnerableYouth', 'traffickingExpertise', 'traumaInformed'] as const;
const textFields = ['name', 'sectorOtherLabel', 'jurisdiction', 'address', 'phone', 'website', 'notes'] as const;

/** Reads one CSV row of an organizations import into an organization input (not yet validated). */
export function organizationRowInput(cells: readonly string[], mapping: ColumnMapping<'organizations'>, defaults: OrganizationRowDefaults): RowInputBuilder<keyof ColumnMapping<'organizations'>> {
  const row = new RowInputBuilder(cells, mapping);
  const label = (field: keyof ColumnMapping<'organizations'>) => fieldLabel('organizations', field);
  for (const field of textFields) row.putText(field);
  row.putParsed('sector', matchSector);
  row.putParsed('kind', organizationKindMatcher.match);
  row.putParsed('involvement', involvementMatcher.match);
  for (const field of qualityFields) row.putParsed(field, (text) => parseYesNo(label(field), text), ['qualities', field]);
  row.putParsed('joinedOn', (text) => parseDate(label('joinedOn'), text));
  row.putParsed('leftOn', (text) => parseDate(label('leftOn'), text));
  row.putDefault(['kind'], defaults.kind);
  row.putDefault(['involvement'], defaults.involvement);
  return row;
}
