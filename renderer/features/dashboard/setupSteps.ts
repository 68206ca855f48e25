import type { SetupStepId } from '../../../shared/contract';
import { membersPath, organizationsPath } from '../../components/directory/directoryPaths';
import { meetingsPath } from '../../components/meetings/meetingPaths';

const settingsPath = '/settings';

/** What each first step asks for, and the page where it is done. */
export const setupStepPages: Record<SetupStepId, { title: string; to: string; page: string }> = {
  roster: { title: 'Bring in your roster', to: organizationsPath, page: 'Organizations' },
  representatives: { title: 'Name a primary representative for each organization', to: organizationsPath, page: 'Organizations' },
  'voting-members': { title: 'Mark who votes', to: membersPath, page: 'Members' },
  'quorum-rule': { title: 'Choose your quorum rule', to: settingsPath, page: 'Settings' },
  'first-meeting': { title: 'Plan your first meeting', to: meetingsPath, page: 'Meetings' },
  'backups-elsewhere': { title: 'Keep backups on another disk', to: settingsPath, page: 'Settings' },
};
