import {
  organizationImportFields,
  peopleOrganizationField,
  type MemberImportField,
  type OrganizationImportField,
  type PeopleImportField,
} from '../../shared/importFields';

/** Header texts people commonly use for each field; compared after normalizeKey, so case and punctuation do not matter. */
export const organizationHeaderSynonyms: Record<OrganizationImportField, readonly string[]> = {
  name: ['name', 'organization', 'organisation', 'organization name', 'agency', 'agency name', 'org', 'org name', 'partner', 'partner name', 'stakeholder'],
  sector: ['sector', 'stakeholder group', 'stakeholder sector', 'sector group', 'group', 'category'],
  sectorOtherLabel: ['sector other', 'other sector', 'sector label', 'sector detail', 'sector if other'],
  kind: ['kind', 'type', 'organization type', 'org type', 'agency type', 'kind of organization'],
  jurisdiction: ['jurisdiction', 'jurisdiction served', 'area served', 'service area', 'county', 'region'],
  address: ['address', 'street address', 'mailing address', 'location'],
  phone: ['phone', 'telephone', 'phone number', 'tel', 'main phone', 'office phone'],
  website: ['website', 'web site', 'url', 'web', 'homepage', 'web address'],
  involvement: ['involvement', 'involvement level', 'participation', 'status', 'membership', 'membership level', 'tier'],
  vulnerableYouth: ['works with vulnerable youth', 'vulnerable youth', 'experience with vulnerable youth'],
  traffickingExpertise: ['trafficking expertise', 'understands trafficking', 'human trafficking expertise', 'trafficking knowledge'],
  traumaInformed: ['trauma informed', 'trauma informed practice', 'trauma informed approach'],
  notes: ['notes', 'note', 'comments', 'comment', 'remarks', 'description'],
  joinedOn: ['joined', 'joined on', 'date joined', 'start date', 'member since', 'since'],
  leftOn: ['left', 'left on', 'date left', 'end date'],
};

export const memberHeaderSynonyms: Record<MemberImportField, readonly string[]> = {
  fullName: ['full name', 'name', 'member', 'member name', 'person', 'contact', 'contact name', 'representative name'],
  firstName: ['first name', 'given name', 'first', 'forename'],
  lastName: ['last name', 'surname', 'family name', 'last'],
  displayName: ['display name', 'shown name', 'preferred name', 'alias', 'nickname'],
  pronouns: ['pronouns', 'pronoun'],
  organization: ['organization', 'organisation', 'organization name', 'agency', 'agency name', 'org', 'org name', 'employer', 'affiliation'],
  title: ['title', 'position', 'job title', 'title position', 'job'],
  coalitionRole: ['role', 'coalition role', 'role in coalition', 'member role'],
  representativeRole: [
    'representative role',
    'representative',
    'rep',
    'rep role',
    'primary rep',
    'primary representative',
    'primary or alternate',
    'agency representative',
  ],
  votingMember: ['voting member', 'voting', 'votes', 'vote'],
  email: ['email', 'email address', 'mail'],
  phone: ['phone', 'telephone', 'phone number', 'mobile', 'cell', 'cell phone', 'tel'],
  preferredContact: ['preferred contact', 'contact preference', 'preferred contact method', 'contact by'],
  startOn: ['start date', 'start', 'start on', 'joined', 'date joined', 'member since', 'since'],
  endOn: ['end date', 'end', 'end on', 'left', 'date left'],
  notes: ['notes', 'note', 'comments', 'comment', 'remarks'],
  protectedIdentity: [
    'protected identity',
    'protected',
    'identity protected',
    'confidential identity',
    'protect identity',
    'protected member',
    'confidential',
    'keep identity private',
    'private identity',
    'anonymous',
  ],
};

const organizationPrefixes = ['organization', 'organisation', 'org', 'agency'];

/**
 * A people file has both: the person's fields keep their words; the organization's fields take theirs too, except
 * words that name a person's field ("Phone", "Notes" are the person's), and "Organization phone" and the like.
 */
function peopleSynonyms(): Record<PeopleImportField, readonly string[]> {
  const { organization, ...personal } = memberHeaderSynonyms;
  const personWords = new Set(Object.values(memberHeaderSynonyms).flat());
  const organizationEntries = organizationImportFields.map((field) => {
    if (field === 'name') return [peopleOrganizationField(field), organization];
    const own = organizationHeaderSynonyms[field];
    const prefixed = own.flatMap((word) => organizationPrefixes.map((prefix) => `${prefix} ${word}`));
    return [peopleOrganizationField(field), [...own.filter((word) => !personWords.has(word)), ...prefixed]];
  });
  return { ...personal, ...Object.fromEntries(organizationEntries) } as Record<PeopleImportField, readonly string[]>;
}

export const peopleHeaderSynonyms = peopleSynonyms();
