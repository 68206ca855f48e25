/** The people of the sample directory the meetings draw on: who is invited, who owns actions, who runs meetings. */
export interface RosterPerson {
  id: string;
  coalitionRole: string;
  representativeRole: 'primary' | 'alternate' | 'none';
  votingMember: boolean;
  protectedIdentity: boolean;
  /** Works for a core member organization. */
  core: boolean;
}

export interface SampleRoster {
  people: RosterPerson[];
  /** The sample organizations' ids by name. */
  organizationIds: ReadonlyMap<string, string>;
}

export function personWithRole(roster: SampleRoster, role: string): string | null {
  return roster.people.find((person) => person.coalitionRole === role)?.id ?? null;
}

/** Invited to the monthly meeting: each core organization's primary representative and the youth advisors. */
export function monthlyInvitees(roster: SampleRoster): string[] {
  return roster.people.filter((person) => (person.core && person.representativeRole === 'primary') || person.protectedIdentity).map((person) => person.id);
}

/** People who can be named in workgroups and as owners: core members whose identity is not protected. */
export function namedCoreMembers(roster: SampleRoster): string[] {
  return roster.people.filter((person) => person.core && !person.protectedIdentity).map((person) => person.id);
}
