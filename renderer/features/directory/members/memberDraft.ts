import type { Member, coalitionRoles, contactPreferences, representativeRoles } from '../../../../shared/contract';
import type { z } from 'zod';
import type { revealedMemberSchema } from '../../../../shared/contract';

export type RevealedMember = z.infer<typeof revealedMemberSchema>;

/** What the member form holds while someone types: empty strings where the contract has nulls. */
export interface MemberDraft {
  fullName: string;
  displayName: string;
  pronouns: string;
  organizationId: string | null;
  title: string;
  coalitionRole: (typeof coalitionRoles)[number];
  representativeRole: (typeof representativeRoles)[number];
  votingMember: boolean;
  email: string;
  phone: string;
  preferredContact: (typeof contactPreferences)[number];
  startOn: string;
  endOn: string;
  notes: string;
  protectedIdentity: boolean;
}

export const memberFormKeys = [
  'fullName',
  'displayName',
  'pronouns',
  'organizationId',
  'title',
  'coalitionRole',
  'representativeRole',
  'votingMember',
  'email',
  'phone',
  'preferredContact',
  'startOn',
  'endOn',
  'notes',
  'protectedIdentity',
] as const;

export const emptyMemberDraft: MemberDraft = {
  fullName: '',
  displayName: '',
  pronouns: '',
  organizationId: null,
  title: '',
  coalitionRole: 'member',
  representativeRole: 'none',
  votingMember: false,
  email: '',
  phone: '',
  preferredContact: 'email',
  startOn: '',
  endOn: '',
  notes: '',
  protectedIdentity: false,
};

/** A protected member's name and contact come from the reveal; without it they cannot be edited. */
export function draftFromMember(member: Member, revealed: RevealedMember | undefined): MemberDraft {
  return {
    displayName: member.displayName,
    pronouns: member.pronouns,
    organizationId: member.organizationId,
    title: member.title,
    coalitionRole: member.coalitionRole,
    representativeRole: member.representativeRole,
    votingMember: member.votingMember,
    preferredContact: member.preferredContact,
    protectedIdentity: member.protectedIdentity,
    fullName: revealed?.fullName ?? member.fullName ?? '',
    email: revealed?.email ?? member.email ?? '',
    phone: revealed?.phone ?? member.phone ?? '',
    notes: revealed?.notes ?? member.notes ?? '',
    startOn: member.startOn ?? '',
    endOn: member.endOn ?? '',
  };
}

export function memberInputFromDraft(draft: MemberDraft) {
  return { ...draft, startOn: draft.startOn || null, endOn: draft.endOn || null };
}
