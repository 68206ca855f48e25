import { describe, expect, it } from 'vitest';
import { rosterHeaders, rosterRows } from '../../main/export/rosterRows';
import { toCsv } from '../../main/export/toCsv';
import {
  coalitionRoleLabels,
  contactPreferenceLabels,
  involvementLabels,
  organizationKindLabels,
  representativeRoleLabels,
} from '../../main/export/valueLabels';
import { guessColumnMapping } from '../../main/import/columnMapping';
import {
  coalitionRoleMatcher,
  contactPreferenceMatcher,
  involvementMatcher,
  organizationKindMatcher,
  representativeRoleMatcher,
  type EnumMatcher,
} from '../../main/import/enumMatching';
import { type Member, type Organization } from '../../shared/contract/directorySchemas';

const stamp = '2026-01-01T00:00:00.000Z';

function organization(id: string, name: string, overrides: Partial<Organization> = {}): Organization {
  return {
    id,
    name,
    sector: 'child-welfare',
    sectorOtherLabel: '',
    kind: 'public-agency',
    jurisdiction: 'Riverside County',
    address: '',
    phone: '555-0100',
    website: '',
    involvement: 'core',
    qualities: { vulnerableYouth: true, traffickingExpertise: false, traumaInformed: true },
    notes: 'Internal note about the agency',
    joinedOn: null,
    leftOn: null,
    archivedAt: null,
    createdAt: stamp,
    updatedAt: stamp,
    memberCount: 0,
    primaryRepresentative: null,
    alternateRepresentatives: [],
    ...overrides,
  };
}

function member(id: string, fullName: string, organizationOf: Organization | null, overrides: Partial<Member> = {}): Member {
  return {
    id,
    fullName,
    displayName: '',
    pronouns: '',
    organizationId: organizationOf?.id ?? null,
    title: 'Caseworker',
    coalitionRole: 'member',
    representativeRole: 'none',
    votingMember: true,
    email: `${id}@example.org`,
    phone: '555-0199',
    preferredContact: 'email',
    startOn: '2025-02-01',
    endOn: null,
    notes: 'Private note',
    protectedIdentity: false,
    shownName: fullName,
    organizationName: organizationOf?.name ?? null,
    organizationSector: organizationOf?.sector ?? null,
    archivedAt: null,
    createdAt: stamp,
    updatedAt: stamp,
    ...overrides,
  };
}

const welfare = organization('org-1', 'County Child Welfare');
const shelter = organization('org-2', 'Bright Path Shelter', { sector: 'housing-shelter-youth-services', kind: 'nonprofit', involvement: 'prospective' });
const protectedAdvisor = member('m-3', 'Jordan Elizabeth Whitfield', welfare, {
  displayName: 'Sparrow',
  shownName: 'Sparrow',
  protectedIdentity: true,
  coalitionRole: 'advisor',
  email: 'jordan.whitfield@example.org',
  phone: '555-0123',
  title: 'Youth advisor',
  pronouns: 'they/them',
});
const members = [
  member('m-1', 'Alma Reyes', welfare, { coalitionRole: 'chair' }),
  member('m-2', 'Ben Okafor', welfare, { representativeRole: 'primary' }),
  protectedAdvisor,
  member('m-4', 'Chloe Nguyen', null, { votingMember: false }),
];

const column = (name: string) => rosterHeaders.indexOf(name);
const namesOf = (rows: string[][]) => rows.map((row) => row[column('Name')]);
const serialized = (rows: string[][]) => JSON.stringify(rows);

describe('the roster export', () => {
  it('lists organizations by name with their members, primary representative first, then people without one', () => {
    const { headers, rows } = rosterRows([welfare, shelter], members, { includeProtected: false });
    expect(headers).toEqual(rosterHeaders);
    expect(rows.every((row) => row.length === headers.length)).toBe(true);
    expect(rows.map((row) => row[column('Organization')])).toEqual([
      'Bright Path Shelter',
      'County Child Welfare',
      'County Child Welfare',
      'County Child Welfare',
      '',
    ]);
    expect(namesOf(rows)).toEqual(['', 'Ben Okafor', 'Alma Reyes', 'Sparrow', 'Chloe Nguyen']);
    expect(rows[0]?.slice(0, 4)).toEqual(['Bright Path Shelter', 'Housing, shelters and youth services', 'Nonprofit', 'Prospective']);
    expect(rows[1]?.slice(column('Coalition role'), column('Email') + 1)).toEqual(['Member', 'Primary', 'Yes', 'm-2@example.org']);
  });

  it('shows a protected member by display name only, never the full name or contact details', () => {
    const { rows } = rosterRows([welfare], members, { includeProtected: false });
    const advisorRow = rows.find((row) => row[column('Name')] === 'Sparrow');
    expect(advisorRow?.slice(column('Name'))).toEqual(['Sparrow', 'Sparrow', '', '', 'Advisor', '', 'Yes', '', '', '', '', '']);
    for (const secret of ['Jordan', 'Whitfield', 'jordan.whitfield@example.org', '555-0123', 'they/them', 'Youth advisor'])
      expect(serialized(rows)).not.toContain(secret);
  });

  it('can leave protected members out altogether', () => {
    const { rows } = rosterRows([welfare], [protectedAdvisor], { includeProtected: false, protectedMembers: 'leave-out' });
    expect(rows).toHaveLength(1);
    expect(namesOf(rows)).toEqual(['']);
    expect(serialized(rows)).not.toContain('Sparrow');
  });

  it('includes the revealed details when the exporter opts in', () => {
    const { rows } = rosterRows([welfare], [protectedAdvisor], { includeProtected: true });
    expect(rows[0]?.slice(column('Name'), column('Title') + 1)).toEqual(['Jordan Elizabeth Whitfield', 'Sparrow', 'they/them', 'Youth advisor']);
    expect(rows[0]?.[column('Email')]).toBe('jordan.whitfield@example.org');
  });

  it('keeps private notes out of the roster', () => {
    expect(serialized(rosterRows([welfare], members, { includeProtected: true }).rows)).not.toMatch(/Private note|Internal note/);
  });

  it('uses headers and labels that the import reads back', () => {
    const mapping = guessColumnMapping('members', rosterHeaders);
    expect(mapping).toMatchObject({
      organization: column('Organization'),
      fullName: column('Name'),
      email: column('Email'),
      coalitionRole: column('Coalition role'),
      representativeRole: column('Representative role'),
    });
    const roundTrips = <T extends string>(labels: Record<T, string>, matcher: EnumMatcher<T>) => {
      for (const [id, label] of Object.entries(labels) as [T, string][]) if (label !== '') expect(matcher.match(label)).toEqual({ ok: true, value: id });
    };
    roundTrips(organizationKindLabels, organizationKindMatcher);
    roundTrips(involvementLabels, involvementMatcher);
    roundTrips(coalitionRoleLabels, coalitionRoleMatcher);
    roundTrips(representativeRoleLabels, representativeRoleMatcher);
    roundTrips(contactPreferenceLabels, contactPreferenceMatcher);
  });

  it('writes to CSV without the protected full name', () => {
    const { headers, rows } = rosterRows([welfare, shelter], members, { includeProtected: false });
    expect(toCsv(headers, rows)).not.toContain('Whitfield');
  });
});
