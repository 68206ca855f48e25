/** Routes of the meetings area, shared by pages that link to each other. */
export const meetingsPath = '/meetings';
export const meetingPath = (id: string) => `/meetings/${id}`;
export const runMeetingPath = (id: string) => `/meetings/${id}/run`;
export const workgroupsPath = '/workgroups';
export const actionItemsPath = '/actions';
export const actionItemPath = (id: string) => `/actions?item=${encodeURIComponent(id)}`;
