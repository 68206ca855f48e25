import { coalitionRoles, contactPreferences, involvementLevels, organizationKinds, representativeRoles } from '../../shared/contract/directorySchemas';
import { type CellValue } from './cellValues';
import { normalizeKey } from './normalizeKey';

/** Turns the words people type for a choice ("Non-profit", "Vice chair", "alt") into the stored id. */
export interface EnumMatcher<T extends string> {
  match(text: string): CellValue<T>;
}

export function enumMatcher<T extends string>(what: string, ids: readonly T[], synonyms: Partial<Record<T, readonly string[]>>): EnumMatcher<T> {
  const byKey = new Map<string, T>();
  for (const id of ids) {
    for (const text of [id, ...(synonyms[id] ?? [])]) byKey.set(normalizeKey(text), id);
  }
  return {
    match(text) {
      const id = byKey.get(normalizeKey(text));
      return id ? { ok: true, value: id } : { ok: false, message: `Unknown ${what} '${text}'.` };
    },
  };
}

export const organizationKindMatcher = enumMatcher('kind of organization', organizationKinds, {
  'public-agency': ['public', 'government', 'govt', 'gov', 'state agency', 'county agency', 'city agency', 'agency'],
  nonprofit: ['non profit', 'not for profit', 'nonprofit organization', 'npo', 'ngo', 'charity', '501c3'],
  court: ['courts', 'judiciary'],
  'school-district': ['school', 'schools', 'school district', 'district', 'school/district', 'school or district'],
  business: ['company', 'corporation', 'for profit', 'private', 'private business'],
  'faith-community': ['faith', 'faith based', 'church', 'congregation', 'mosque', 'synagogue', 'temple'],
  tribal: ['tribe', 'tribal nation', 'tribal government'],
});

export const involvementMatcher = enumMatcher('involvement', involvementLevels, {
  core: ['core member', 'active'],
  periodic: ['occasional', 'ad hoc', 'as needed'],
  prospective: ['prospect', 'potential', 'invited', 'candidate'],
  former: ['past', 'inactive', 'left'],
});

export const coalitionRoleMatcher = enumMatcher('coalition role', coalitionRoles, {
  chair: ['chairperson', 'chairman', 'chairwoman', 'chair person'],
  'co-chair': ['vice chair', 'vicechair', 'co chairperson'],
  'note-taker': ['notetaker', 'secretary', 'scribe', 'recorder', 'minute taker'],
  member: ['coalition member', 'participant'],
  advisor: ['adviser', 'survivor advisor', 'youth advisor', 'consultant'],
  guest: ['observer', 'visitor'],
});

export const representativeRoleMatcher = enumMatcher('representative role', representativeRoles, {
  primary: ['primary rep', 'primary representative', 'main', 'lead', 'yes', 'y', 'x', 'true'],
  alternate: ['alt', 'alternate rep', 'backup', 'deputy', 'secondary'],
  none: ['no', 'n', 'false', 'not a representative', '-'],
});

export const contactPreferenceMatcher = enumMatcher('contact preference', contactPreferences, {
  email: ['e-mail', 'mail'],
  phone: ['telephone', 'call', 'text', 'mobile', 'cell'],
  either: ['any', 'both', 'email or phone'],
  none: ['do not contact', 'no contact'],
});
