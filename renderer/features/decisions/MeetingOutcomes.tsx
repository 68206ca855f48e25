import Add from '@mui/icons-material/Add';
import Gavel from '@mui/icons-material/Gavel';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState, type ReactNode } from 'react';
import type { Decision, MeetingDetail } from '../../../shared/contract';
import { useMeetingChange } from '../../components/meetings/meetingQueries';
import { useNotify } from '../../components/notifications/NotificationContext';
import { ActionItemFormDialog } from '../actions/ActionItemFormDialog';
import { ConfirmArchiveDialog } from '../directory/ConfirmArchiveDialog';
import { isRecordLocked } from '../../components/meetings/meetingRecordLock';
import { ActionUpdatesList } from './ActionUpdatesList';
import { DecisionFormDialog, motionContextOf } from './DecisionFormDialog';
import { DecisionList } from './DecisionList';
import { MeetingActionItems } from './MeetingActionItems';

type Editing = { kind: 'decision'; decision?: Decision } | { kind: 'remove'; decision: Decision } | { kind: 'action' } | null;

/** What the meeting produced: its decisions, its new action items, and the updates given on older ones. */
export function MeetingOutcomes({ detail }: { detail: MeetingDetail }) {
  const [editing, setEditing] = useState<Editing>(null);
  const { notify, notifyError } = useNotify();
  const close = () => setEditing(null);
  const remove = useMeetingChange('decisions.remove', {
    onSuccess: () => {
      notify('Decision removed.', 'success');
      close();
    },
    onError: notifyError,
  });
  const locked = isRecordLocked(detail);
  const meetingId = detail.meeting.id;

  return (
    <Stack sx={{ gap: 3 }}>
      <OutcomeSection
        title="Decisions"
        action={
          !locked && (
            <Button variant="outlined" startIcon={<Gavel />} onClick={() => setEditing({ kind: 'decision' })}>
              Record decision
            </Button>
          )
        }
      >
        {detail.decisions.length === 0 ? (
          <Typography color="text.secondary">No decisions were recorded.</Typography>
        ) : (
          <DecisionList
            decisions={detail.decisions}
            {...(!locked && {
              onEdit: (decision: Decision) => setEditing({ kind: 'decision', decision }),
              onRemove: (decision: Decision) => setEditing({ kind: 'remove', decision }),
            })}
          />
        )}
      </OutcomeSection>
      <OutcomeSection
        title="Action items from this meeting"
        action={
          !locked && (
            <Button variant="outlined" startIcon={<Add />} onClick={() => setEditing({ kind: 'action' })}>
              Add action item
            </Button>
          )
        }
      >
        <MeetingActionItems meetingId={meetingId} />
      </OutcomeSection>
      <OutcomeSection title="Updates given at this meeting">
        <ActionUpdatesList updates={detail.actionUpdates} />
      </OutcomeSection>
      {editing?.kind === 'decision' && (
        <DecisionFormDialog
          meetingId={meetingId}
          agenda={detail.agenda}
          meeting={motionContextOf(detail)}
          {...(editing.decision && { decision: editing.decision })}
          onClose={close}
        />
      )}
      {editing?.kind === 'remove' && (
        <ConfirmArchiveDialog
          title="Remove this decision?"
          explanation={`"${editing.decision.text}" will no longer be part of these minutes.`}
          confirmLabel="Remove"
          busy={remove.isPending}
          onConfirm={() => remove.mutate({ id: editing.decision.id })}
          onCancel={close}
        />
      )}
      <ActionItemFormDialog open={editing?.kind === 'action'} onClose={close} source={{ meetingId, agendaItemId: null }} />
    </Stack>
  );
}

function OutcomeSection({ title, action, children }: { title: string; action?: ReactNode; children: ReactNode }) {
  return (
    <Stack component="section" aria-label={title} sx={{ gap: 1.5 }}>
      <Stack direction="row" sx={{ gap: 1, alignItems: 'center', justifyContent: 'space-between', flexWrap: 'wrap' }}>
        <Typography variant="h3" component="h2">
          {title}
        </Typography>
        {action}
      </Stack>
      {children}
    </Stack>
  );
}
