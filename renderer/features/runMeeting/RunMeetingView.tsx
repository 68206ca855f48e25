import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useEffect, useEffectEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import type { MeetingDetail } from '../../../shared/contract';
import { meetingPath } from '../../components/meetings/meetingPaths';
import { useMeetingChange } from '../../components/meetings/meetingQueries';
import { useNotify } from '../../components/notifications/NotificationContext';
import { flushPendingSaves } from '../../session/beforeLock';
import { ActionItemFormDialog } from '../actions/ActionItemFormDialog';
import { DecisionFormDialog, motionContextOf } from '../decisions/DecisionFormDialog';
import { ConfirmArchiveDialog } from '../directory/ConfirmArchiveDialog';
import { AgendaOutline } from './AgendaOutline';
import { AgendaStepButtons } from './AgendaStepButtons';
import { AttendanceDrawer } from './AttendanceDrawer';
import { CapturedOnItem } from './CapturedOnItem';
import { CurrentItemHeader } from './CurrentItemHeader';
import { CurrentItemWork } from './CurrentItemWork';
import { ItemTimer } from './ItemTimer';
import { QuickCapture } from './QuickCapture';
import type { RunCommand } from './runShortcuts';
import { RunMeetingHeader } from './RunMeetingHeader';
import { ShortcutsHint } from './ShortcutsHint';
import { useAgendaSteps } from './useAgendaSteps';
import { useRunShortcuts } from './useRunShortcuts';

type Dialog = 'decision' | 'action' | 'finish' | null;

/** The facilitator's view of a meeting in progress: the current item large, its timer and notes, and the agenda. */
export function RunMeetingView({ detail }: { detail: MeetingDetail }) {
  const steps = useAgendaSteps(detail);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [attendanceOpen, setAttendanceOpen] = useState(false);
  const navigate = useNavigate();
  const { notify, notifyError } = useNotify();
  const finish = useMeetingChange('meetings.finish', {
    onSuccess: () => {
      notify('Meeting finished. The minutes are a draft until they are approved.', 'success');
      void navigate(meetingPath(detail.meeting.id));
    },
    onError: notifyError,
  });
  const { current, goTo } = steps;
  const firstItem = steps.agenda[0];

  // A meeting that has just started has no current item yet: begin with the first.
  const openFirstItem = useEffectEvent(() => {
    if (firstItem) void goTo(firstItem);
  });
  const needsFirstItem = !detail.currentItem && firstItem !== undefined;
  useEffect(() => {
    if (needsFirstItem) openFirstItem();
  }, [needsFirstItem]);

  const commands: Record<RunCommand, () => void> = {
    next: () => void steps.next(),
    previous: () => void steps.previous(),
    decision: () => setDialog('decision'),
    action: () => setDialog('action'),
    attendance: () => setAttendanceOpen((open) => !open),
  };
  useRunShortcuts(dialog === null, (command) => commands[command]());

  const finishNow = async () => {
    await flushPendingSaves();
    finish.mutate({ id: detail.meeting.id });
  };

  return (
    <Stack sx={{ gap: 2.5 }}>
      <RunMeetingHeader detail={detail} onAttendance={() => setAttendanceOpen(true)} onFinish={() => setDialog('finish')} />
      <Box sx={{ display: 'grid', gap: 2.5, gridTemplateColumns: { xs: 'minmax(0, 1fr)', lg: 'minmax(0, 1fr) 320px' }, alignItems: 'start' }}>
        <Card component="section" aria-label="Current item">
          <CardContent>
            {current ? (
              <Stack sx={{ gap: 2 }}>
                <CurrentItemHeader item={current} count={steps.agenda.length} />
                <Stack direction="row" sx={{ gap: 2, alignItems: 'center', justifyContent: 'space-between', flexWrap: 'wrap' }}>
                  {detail.currentItem && <ItemTimer startedAt={detail.currentItem.startedAt} timeboxMinutes={current.timeboxMinutes} />}
                  <QuickCapture onDecision={() => setDialog('decision')} onAction={() => setDialog('action')} />
                </Stack>
                <CurrentItemWork detail={detail} item={current} />
                <CapturedOnItem detail={detail} item={current} />
                <AgendaStepButtons
                  current={current}
                  previousItem={steps.previousItem}
                  nextItem={steps.nextItem}
                  moving={steps.moving}
                  onPrevious={commands.previous}
                  onNext={commands.next}
                />
              </Stack>
            ) : (
              <Typography color="text.secondary">
                {firstItem ? 'Opening the first item…' : 'This meeting has no agenda items. Add them on the meeting page.'}
              </Typography>
            )}
          </CardContent>
        </Card>
        <Card component="section" aria-label="Agenda outline">
          <CardContent>
            <Typography variant="h3" component="h2" sx={{ mb: 1 }}>
              Agenda
            </Typography>
            <AgendaOutline agenda={steps.agenda} currentId={current?.id ?? null} disabled={steps.moving} onChoose={(item) => void goTo(item)} />
          </CardContent>
        </Card>
      </Box>
      <ShortcutsHint />
      <AttendanceDrawer detail={detail} open={attendanceOpen} onClose={() => setAttendanceOpen(false)} />
      {dialog === 'decision' && (
        <DecisionFormDialog
          meetingId={detail.meeting.id}
          agenda={steps.agenda}
          meeting={motionContextOf(detail)}
          agendaItemId={current?.id ?? null}
          onClose={() => setDialog(null)}
        />
      )}
      <ActionItemFormDialog
        open={dialog === 'action'}
        onClose={() => setDialog(null)}
        source={{ meetingId: detail.meeting.id, agendaItemId: current?.id ?? null }}
      />
      {dialog === 'finish' && (
        <ConfirmArchiveDialog
          title="Finish the meeting?"
          explanation="The minutes become a draft, to be approved at the next meeting. Items not marked done move to the next meeting in the series, labelled as carried over."
          confirmLabel="Finish meeting"
          busy={finish.isPending}
          onConfirm={() => void finishNow()}
          onCancel={() => setDialog(null)}
        />
      )}
    </Stack>
  );
}
