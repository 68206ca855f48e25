import CheckCircle from '@mui/icons-material/CheckCircle';
import DoneAll from '@mui/icons-material/DoneAll';
import EditNote from '@mui/icons-material/EditNote';
import EventBusy from '@mui/icons-material/EventBusy';
import PlayArrow from '@mui/icons-material/PlayArrow';
import Replay from '@mui/icons-material/Replay';
import StopCircle from '@mui/icons-material/StopCircle';
import Button from '@mui/material/Button';
import { Fragment, useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import type { MeetingDetail } from '../../../../shared/contract';
import { runMeetingPath } from '../../../components/meetings/meetingPaths';
import { useMeetingChange } from '../../../components/meetings/meetingQueries';
import { useNotify } from '../../../components/notifications/NotificationContext';
import { ConfirmArchiveDialog } from '../../directory/ConfirmArchiveDialog';
import { formatMeetingWhen } from '../../../format/meetingTime';
import { lifecycleActionsFor, startsFarFromNow, type LifecycleAction } from './lifecycleActions';
import { ReasonDialog } from './ReasonDialog';

type Asking = 'start' | 'finish' | 'approve' | 'cancel' | 'amend' | null;

/** The buttons that move a meeting along its lifecycle, each asking first when the step locks or explains something. */
export function MeetingLifecycleActions({ detail }: { detail: MeetingDetail }) {
  const { meeting } = detail;
  const id = meeting.id;
  const [asking, setAsking] = useState<Asking>(null);
  const navigate = useNavigate();
  const { notify, notifyError } = useNotify();
  const done = (message: string) => ({
    onSuccess: () => {
      notify(message, 'success');
      setAsking(null);
    },
    onError: notifyError,
  });
  const start = useMeetingChange('meetings.start', { onSuccess: () => navigate(runMeetingPath(id)), onError: notifyError });
  const finish = useMeetingChange('meetings.finish', done('Meeting finished. The minutes are a draft until they are approved.'));
  const resume = useMeetingChange('meetings.resume', done('Meeting resumed.'));
  const approve = useMeetingChange('meetings.approveMinutes', done('Minutes approved and locked.'));
  const cancel = useMeetingChange('meetings.cancel', done('Meeting cancelled.'));
  const amend = useMeetingChange('meetings.openAmendment', done('Amendment opened. Make the changes, then choose "Finish amendment".'));
  const closeAmendment = useMeetingChange('meetings.closeAmendment', done('Amendment finished. The minutes are locked again.'));
  const busy = [start, finish, resume, approve, cancel, amend, closeAmendment].some((change) => change.isPending);

  const buttons: Record<LifecycleAction, ReactNode> = {
    start: (
      <Button
        disabled={busy}
        variant="contained"
        startIcon={<PlayArrow />}
        onClick={() => (startsFarFromNow(meeting.startsAtUtc, new Date()) ? setAsking('start') : start.mutate({ id }))}
      >
        Start meeting
      </Button>
    ),
    run: (
      <Button disabled={busy} variant="contained" startIcon={<PlayArrow />} onClick={() => navigate(runMeetingPath(id))}>
        Run meeting
      </Button>
    ),
    finish: (
      <Button disabled={busy} variant="outlined" startIcon={<StopCircle />} onClick={() => setAsking('finish')}>
        Finish meeting
      </Button>
    ),
    resume: (
      <Button disabled={busy} variant="outlined" startIcon={<Replay />} onClick={() => resume.mutate({ id })}>
        Resume
      </Button>
    ),
    approve: (
      <Button disabled={busy} variant="contained" startIcon={<CheckCircle />} onClick={() => setAsking('approve')}>
        Approve minutes
      </Button>
    ),
    cancel: (
      <Button disabled={busy} variant="outlined" color="warning" startIcon={<EventBusy />} onClick={() => setAsking('cancel')}>
        Cancel meeting
      </Button>
    ),
    amend: (
      <Button disabled={busy} variant="outlined" startIcon={<EditNote />} onClick={() => setAsking('amend')}>
        Amend minutes
      </Button>
    ),
    finishAmendment: (
      <Button disabled={busy} variant="contained" startIcon={<DoneAll />} onClick={() => closeAmendment.mutate({ id })}>
        Finish amendment
      </Button>
    ),
  };

  return (
    <>
      {lifecycleActionsFor(meeting.status, detail.amending).map((action) => (
        <Fragment key={action}>{buttons[action]}</Fragment>
      ))}
      {asking === 'start' && (
        <ConfirmArchiveDialog
          title="Start this meeting now?"
          explanation={`"${meeting.title}" is planned for ${formatMeetingWhen(meeting.startsAt, meeting.timeZone, meeting.durationMinutes)}, more than a day from now. Its attendance and minutes will be recorded under that date. Check that this is the meeting you are holding.`}
          confirmLabel="Start meeting"
          busy={busy}
          onCancel={() => setAsking(null)}
          onConfirm={() => start.mutate({ id })}
        />
      )}
      {asking === 'finish' && (
        <ConfirmArchiveDialog
          title="Finish the meeting?"
          explanation={
            meeting.seriesId
              ? 'The minutes become a draft. Agenda items not marked done move to the next meeting in the series, labelled as carried over.'
              : 'The minutes become a draft, ready to be checked and approved. You can resume the meeting if something is missing.'
          }
          confirmLabel="Finish meeting"
          busy={busy}
          onCancel={() => setAsking(null)}
          onConfirm={() => finish.mutate({ id })}
        />
      )}
      {asking === 'approve' && (
        <ConfirmArchiveDialog
          title="Approve these minutes?"
          explanation="Approving locks the record: agenda, notes, attendance and decisions can then only change through an amendment with a reason, which the history keeps."
          confirmLabel="Approve minutes"
          busy={busy}
          onCancel={() => setAsking(null)}
          onConfirm={() => approve.mutate({ id, atMeetingId: null })}
        />
      )}
      {asking === 'cancel' && (
        <ReasonDialog
          title="Cancel this meeting?"
          explanation="The meeting stays in the list as cancelled, with your reason. Its agenda and invitations are kept but no longer change."
          submitLabel="Cancel meeting"
          askScope={meeting.seriesId !== null}
          saving={busy}
          onClose={() => setAsking(null)}
          onSubmit={(reason, scope) => cancel.mutate({ id, reason, scope })}
        />
      )}
      {asking === 'amend' && (
        <ReasonDialog
          title="Amend the approved minutes?"
          explanation="Say why the record needs to change. The reason and date are kept in the meeting's history, with every change made until you finish the amendment."
          submitLabel="Start amendment"
          askScope={false}
          saving={busy}
          onClose={() => setAsking(null)}
          onSubmit={(reason) => amend.mutate({ id, reason })}
        />
      )}
    </>
  );
}
