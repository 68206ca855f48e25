import { compareNames } from '../../../shared/nameSortKey';
import type { Attendee } from '../../../shared/contract';
import { sectorLabel } from '../../../shared/stakeholderSectors';

export const attendeeGroupings = { organization: 'Organization', sector: 'Sector' } as const;
export type AttendeeGrouping = keyof typeof attendeeGroupings;

export interface AttendeeGroup {
  label: string;
  attendees: Attendee[];
}

function groupLabel(attendee: Attendee, grouping: AttendeeGrouping): string {
  if (grouping === 'sector') return attendee.sector ? sectorLabel(attendee.sector) : 'No sector';
  if (attendee.organizationName) return attendee.organizationName;
  return attendee.guest ? 'Guests without an organization' : 'No organization';
}

/** Attendees grouped by organization or sector, groups and names in alphabetical order. */
export function groupAttendees(attendees: readonly Attendee[], grouping: AttendeeGrouping): AttendeeGroup[] {
  const groups = new Map<string, Attendee[]>();
  for (const attendee of attendees) {
    const label = groupLabel(attendee, grouping);
    groups.set(label, [...(groups.get(label) ?? []), attendee]);
  }
  const byName = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'base' });
  return [...groups.entries()]
    .sort(([a], [b]) => byName(a, b))
    .map(([label, members]) => ({ label, attendees: members.sort((a, b) => compareNames(a.shownName, b.shownName)) }));
}
