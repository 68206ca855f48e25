import type { Workgroup } from '../../../shared/contract';

/** What the workgroup form holds while someone types. */
export interface WorkgroupDraft {
  name: string;
  description: string;
  chairId: string | null;
  memberIds: string[];
}

export const workgroupFormKeys = ['name', 'description', 'chairId', 'memberIds'] as const;

export const workgroupFieldLabels = { name: 'Name', description: 'Description', chairId: 'Chair', memberIds: 'Members' } as const;

export const emptyWorkgroupDraft: WorkgroupDraft = { name: '', description: '', chairId: null, memberIds: [] };

export function draftFromWorkgroup(workgroup: Workgroup): WorkgroupDraft {
  return {
    name: workgroup.name,
    description: workgroup.description,
    chairId: workgroup.chair?.id ?? null,
    memberIds: workgroup.members.map((member) => member.id),
  };
}
