import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useNavigate } from 'react-router';
import { meetingCreateSchema, meetingUpdateSchema, type MeetingSummary } from '../../../shared/contract';
import { meetingPath } from '../../components/meetings/meetingPaths';
import { useMeetingChange, usePreferences, useTemplates, useWorkgroups } from '../../components/meetings/meetingQueries';
import { useNotify } from '../../components/notifications/NotificationContext';
import { FormDialog } from '../directory/FormDialog';
import { OptionSelect } from '../directory/OptionSelect';
import { useDraftForm } from '../directory/useDraftForm';
import { DurationField } from './DurationField';
import { draftFromMeeting, emptyMeetingDraft, meetingCreateFromDraft, meetingFieldsFromDraft, meetingFormKeys, type MeetingDraft } from './meetingDraft';
import { meetingFieldLabels as labels, meetingKindLabels } from './meetingLabels';
import { guessTimeZone } from '../../format/meetingTime';
import { MemberPicker } from '../directory/MemberPicker';
import { RepeatFields } from './RepeatFields';
import { ScopeChoice } from './ScopeChoice';
import { TimeZonePicker } from '../../components/time/TimeZonePicker';

interface MeetingFormDialogProps {
  /** The meeting to edit; without it the dialog plans a new one (and opens it once saved). */
  meeting?: MeetingSummary;
  onClose: () => void;
}

/** Plan or edit a meeting. Mount it only while open, so every opening starts from fresh values. */
export function MeetingFormDialog({ meeting, onClose }: MeetingFormDialogProps) {
  const preferences = usePreferences();
  if (meeting) return <MeetingForm initial={draftFromMeeting(meeting)} meeting={meeting} onClose={onClose} />;
  if (preferences.isPending) return null;
  return <MeetingForm initial={emptyMeetingDraft(preferences.data?.timeZone || guessTimeZone())} onClose={onClose} />;
}

const shrink = { inputLabel: { shrink: true } };

function MeetingForm({ initial, meeting, onClose }: MeetingFormDialogProps & { initial: MeetingDraft }) {
  const form = useDraftForm(initial, meetingFormKeys);
  const { draft, set, errorOf, textField } = form;
  const workgroups = useWorkgroups();
  const templates = useTemplates();
  const navigate = useNavigate();
  const { notify } = useNotify();
  const inSeries = Boolean(meeting?.seriesId);

  const create = useMeetingChange('meetings.create', {
    onSuccess: (created) => {
      notify(draft.repeat === 'none' ? 'Meeting planned.' : `Series planned: ${draft.count} meetings.`, 'success');
      onClose();
      navigate(meetingPath(created.id));
    },
    onError: form.showSaveError,
  });
  const update = useMeetingChange('meetings.update', {
    onSuccess: () => {
      notify(draft.scope === 'following' ? 'This and the following meetings are saved.' : 'Meeting saved.', 'success');
      onClose();
    },
    onError: form.showSaveError,
  });

  const submit = () => {
    if (meeting) {
      const input = form.validate(meetingUpdateSchema, { ...meetingFieldsFromDraft(draft), id: meeting.id, scope: inSeries ? draft.scope : 'this' });
      if (input) update.mutate(input);
      return;
    }
    const input = form.validate(meetingCreateSchema, meetingCreateFromDraft(draft));
    if (input) create.mutate(input);
  };

  const workgroupOptions = Object.fromEntries((workgroups.data ?? []).map((workgroup) => [workgroup.id, workgroup.name]));
  const templateOptions = Object.fromEntries((templates.data ?? []).map((template) => [template.id, `${template.name} (${template.items.length} items)`]));

  return (
    <FormDialog title={meeting ? 'Edit meeting' : 'Plan a meeting'} open saving={create.isPending || update.isPending} onClose={onClose} onSubmit={submit}>
      <TextField {...textField('title', labels.title)} autoFocus />
      <OptionSelect label={labels.kind} value={draft.kind} onChange={(value) => set('kind', value)} options={meetingKindLabels} error={errorOf('kind')} />
      {draft.kind === 'workgroup' && (
        <OptionSelect
          label={labels.workgroupId}
          value={draft.workgroupId ?? ''}
          onChange={(value) => set('workgroupId', value || null)}
          options={workgroupOptions}
          emptyOption="Choose a workgroup"
          error={errorOf('workgroupId')}
          helperText={workgroups.data?.length === 0 ? 'No workgroups yet: add them on the Workgroups page.' : undefined}
        />
      )}
      <Stack direction={{ xs: 'column', sm: 'row' }} sx={{ gap: 2 }}>
        <TextField {...textField('date', labels.date)} type="date" error={Boolean(errorOf('startsAt'))} helperText={errorOf('startsAt')} slotProps={shrink} />
        <TextField label={labels.time} type="time" value={draft.time} onChange={(event) => set('time', event.target.value)} slotProps={shrink} />
      </Stack>
      <TimeZonePicker label={labels.timeZone} value={draft.timeZone} onChange={(zone) => set('timeZone', zone)} error={errorOf('timeZone')} />
      <DurationField
        label={labels.durationMinutes}
        value={draft.durationMinutes}
        onChange={(minutes) => set('durationMinutes', minutes)}
        error={errorOf('durationMinutes')}
      />
      <TextField {...textField('location', labels.location)} placeholder="Room, building, address" />
      <TextField {...textField('videoLink', labels.videoLink)} type="url" placeholder="https://" />
      <Stack direction={{ xs: 'column', sm: 'row' }} sx={{ gap: 2 }}>
        <MemberPicker label={labels.facilitatorId} value={draft.facilitatorId} onChange={(id) => set('facilitatorId', id)} error={errorOf('facilitatorId')} />
        <MemberPicker label={labels.noteTakerId} value={draft.noteTakerId} onChange={(id) => set('noteTakerId', id)} error={errorOf('noteTakerId')} />
      </Stack>
      {!meeting && (
        <>
          <RepeatFields draft={draft} set={set} errorOf={errorOf} />
          <OptionSelect
            label={labels.templateId}
            value={draft.templateId ?? ''}
            onChange={(value) => set('templateId', value || null)}
            options={templateOptions}
            emptyOption="No template: an empty agenda"
            error={errorOf('templateId')}
          />
        </>
      )}
      {inSeries && (
        <ScopeChoice
          legend="This meeting is part of a series. Apply the changes to"
          value={draft.scope}
          onChange={(scope) => set('scope', scope)}
          helperText="Following meetings keep their own dates; everything else changes for the planned ones."
        />
      )}
    </FormDialog>
  );
}
