import { useMeetingChange, usePreferences } from '../../components/meetings/meetingQueries';
import { useNotify } from '../../components/notifications/NotificationContext';
import { DirectoryPicker } from '../../components/directory/DirectoryPicker';

/** "I am…": which member the person at this computer is, remembered for this workspace ("My items"). */
export function MyMemberPicker({ helperText = 'Your own action items can then come first.' }: { helperText?: string }) {
  const preferences = usePreferences();
  const { notifyError } = useNotify();
  const choose = useMeetingChange('preferences.setMyMember', { onError: notifyError });
  const chosen = choose.isPending ? choose.variables.memberId : (preferences.data?.myMemberId ?? null);
  return (
    <DirectoryPicker
      kind="member"
      activeOnly
      size="medium"
      label="I am…"
      anyLabel="Choose yourself"
      value={chosen}
      onChange={(memberId) => choose.mutate({ memberId })}
      helperText={helperText}
    />
  );
}
