import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import type { DutyReview } from '../../../shared/contract';
import type { DutyLinkKind } from '../../../shared/contract/trainingSchemas';
import { invoke } from '../../api';
import { ChoicePicker } from '../../components/ChoicePicker';
import { UnlinkButton } from '../../components/UnlinkButton';
import { meetingPath } from '../../components/meetings/meetingPaths';
import { useNotify } from '../../components/notifications/NotificationContext';
import type { useUndo } from '../../components/useUndo';
import { formatDate } from '../../format/formatDate';
import { dutyLinkChoicesKey, useTrainingChange } from '../trainings/trainingQueries';

interface LinkedRecord {
  kind: DutyLinkKind;
  id: string;
  title: string;
  detail: string;
}

const pickerWords: Record<DutyLinkKind, { label: string; none: string; what: string }> = {
  meeting: { label: 'Link a meeting', none: 'No meeting with those words, or it is linked already.', what: 'Meeting' },
  'action-item': { label: 'Link an action item', none: 'No action item with those words, or it is linked already.', what: 'Action item' },
};

/** What a person linked to the duty by hand: meetings (whatever their date) and action items. */
export function linkedRecords(duty: DutyReview): LinkedRecord[] {
  return [
    ...duty.evidence.meetings
      .filter((meeting) => meeting.linked)
      .map((meeting) => ({ kind: 'meeting' as const, id: meeting.id, title: meeting.title, detail: formatDate(meeting.date) })),
    ...duty.evidence.actionItems.map((item) => ({
      kind: 'action-item' as const,
      id: item.id,
      title: item.title,
      detail: item.dueOn ? `due ${formatDate(item.dueOn)}` : 'no due date',
    })),
  ];
}

/**
 * The meetings and action items linked to one duty, each with Unlink (and Undo in the snackbar), and the two pickers
 * that link more. The checklist is read again after each change, so the status and its reason follow.
 */
export function DutyLinks({ duty, offerUndo }: { duty: DutyReview; offerUndo: ReturnType<typeof useUndo>['offerUndo'] }) {
  const { notify, notifyError } = useNotify();
  const link = useTrainingChange('duties.link', { onError: notifyError });
  const unlink = useTrainingChange('duties.unlink', { onError: notifyError });
  const records = linkedRecords(duty);
  const linkRecord = (kind: DutyLinkKind, id: string, title: string) =>
    link.mutate({ duty: duty.id, subjectKind: kind, subjectId: id }, { onSuccess: () => notify(`“${title}” now counts toward this duty.`, 'success') });
  const unlinkRecord = (record: LinkedRecord) =>
    unlink.mutate(
      { duty: duty.id, subjectKind: record.kind, subjectId: record.id },
      {
        onSuccess: () =>
          offerUndo({
            message: `“${record.title}” unlinked from this duty.`,
            undo: () => link.mutateAsync({ duty: duty.id, subjectKind: record.kind, subjectId: record.id }),
          }),
      },
    );
  return (
    <Stack component="section" aria-label={`Linked to “${duty.title}”`} sx={{ gap: 1 }}>
      <Typography variant="h3">Linked by hand</Typography>
      {records.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          No meeting or action item is linked to this duty yet.
        </Typography>
      ) : (
        <Stack component="ul" sx={{ m: 0, p: 0, listStyle: 'none', gap: 0.5 }}>
          {records.map((record) => (
            <Stack component="li" key={`${record.kind}-${record.id}`} direction="row" sx={{ alignItems: 'center', gap: 1, minWidth: 0 }}>
              <Typography variant="body2" sx={{ flex: 1, minWidth: 0, overflowWrap: 'anywhere' }}>
                {pickerWords[record.kind].what}:{' '}
                {record.kind === 'meeting' ? (
                  <Link component={RouterLink} to={meetingPath(record.id)}>
                    {record.title}
                  </Link>
                ) : (
                  record.title
                )}
                <Typography component="span" variant="body2" color="text.secondary">{` · ${record.detail}`}</Typography>
              </Typography>
              <UnlinkButton
                tooltip="Unlink from this duty"
                label={`Unlink “${record.title}”`}
                disabled={unlink.isPending}
                onClick={() => unlinkRecord(record)}
              />
            </Stack>
          ))}
        </Stack>
      )}
      <Stack direction={{ xs: 'column', sm: 'row' }} sx={{ gap: 1, '& > *': { flex: 1, minWidth: 0 } }}>
        {(['meeting', 'action-item'] as const).map((kind) => (
          <ChoicePicker
            key={kind}
            label={pickerWords[kind].label}
            none={pickerWords[kind].none}
            queryKey={dutyLinkChoicesKey(duty.id, kind)}
            fetchChoices={(text) => invoke('duties.linkChoices', { duty: duty.id, subjectKind: kind, text })}
            onPick={(choice) => linkRecord(kind, choice.id, choice.label)}
            disabled={link.isPending}
          />
        ))}
      </Stack>
    </Stack>
  );
}
