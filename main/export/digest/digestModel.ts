import type { ActionItem } from '../../../shared/contract';
import { actionPriorityLabels, actionStatusLabels } from '../../../shared/actionLabels';
import type { DateStyle } from '../../../shared/dateFormat';
import { meetingDay } from '../meetingRecord/recordWording';

/**
 * Per-member digests: each person's unfinished action items, for a one-page PDF or an email. Owners are named by
 * their shown name; a protected member's email address is never read, so their draft has no recipient.
 */
export type DueState = 'overdue' | 'due-soon' | 'later' | 'no-date';

export interface DigestItem {
  title: string;
  /** YYYY-MM-DD; the writers put it in the workspace's date style. */
  dueOn: string | null;
  dueState: DueState;
  status: string;
  priority: string;
  /** "Monthly meeting, Thu, Mar 12, 2026" when the item came from a meeting. */
  source: string | null;
}

export interface MemberDigest {
  memberId: string;
  name: string;
  organization: string | null;
  /** null for a protected identity or a member without one. */
  email: string | null;
  items: DigestItem[];
}

export interface DigestModel {
  coalitionName: string;
  /** YYYY-MM-DD in the coalition's time zone. */
  generatedOn: string;
  /** UTC instant, and the coalition's zone the PDF footer states it in. */
  generatedAt: string;
  timeZone: string;
  /** The workspace's date style (Settings): every date a person reads is written in it. */
  dateStyle: DateStyle;
  digests: MemberDigest[];
}

export interface DigestOwner {
  id: string;
  shownName: string;
  organizationName: string | null;
  email: string | null;
}

function dueState(item: ActionItem): DueState {
  if (item.dueOn === null) return 'no-date';
  if (item.overdue) return 'overdue';
  return item.dueSoon ? 'due-soon' : 'later';
}

function sourceMeeting(item: ActionItem, dateStyle: DateStyle): string | null {
  if (!item.sourceMeetingTitle) return null;
  return item.sourceMeetingStartsAt ? `${item.sourceMeetingTitle}, ${meetingDay(item.sourceMeetingStartsAt, dateStyle)}` : item.sourceMeetingTitle;
}

function digestItem(item: ActionItem, dateStyle: DateStyle): DigestItem {
  return {
    title: item.title,
    dueOn: item.dueOn,
    dueState: dueState(item),
    status: actionStatusLabels[item.status],
    priority: actionPriorityLabels[item.priority],
    source: sourceMeeting(item, dateStyle),
  };
}

/** One digest per owner, in the owners' order; `items` are the owners' unfinished items, due first. */
export function memberDigests(owners: readonly DigestOwner[], items: readonly ActionItem[], dateStyle: DateStyle): MemberDigest[] {
  return owners.map((owner) => ({
    memberId: owner.id,
    name: owner.shownName,
    organization: owner.organizationName,
    email: owner.email,
    items: items.filter((item) => item.ownerId === owner.id).map((item) => digestItem(item, dateStyle)),
  }));
}
