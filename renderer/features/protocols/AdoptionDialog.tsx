import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { type ProtocolVersion, adoptionSchema } from '../../../shared/contract';
import { invoke } from '../../api';
import { meetingKeys, useMeetings } from '../../components/meetings/meetingQueries';
import { useNotify } from '../../components/notifications/NotificationContext';
import { useProtocolChange } from '../../components/protocols/protocolQueries';
import { formatWeekdayDate } from '../../format/formatDate';
import { FormDialog } from '../directory/FormDialog';
import { useDraftForm } from '../directory/useDraftForm';
import { localToday } from './DateDialog';

const dateLabel = { inputLabel: { shrink: true } };

/** Records that a version in review was adopted: when, from when it applies, and at which meeting and by which decision. */
export function AdoptionDialog({ version, onClose }: { version: ProtocolVersion; onClose: () => void }) {
  const form = useDraftForm({ adoptedOn: localToday(), effectiveOn: '', meetingId: '', decisionId: '' }, ['adoptedOn', 'effectiveOn', 'meetingId', 'decisionId']);
  const { draft, set, errorOf, textField } = form;
  const meetings = useMeetings();
  const meeting = useQuery({ queryKey: meetingKeys.detail(draft.meetingId), queryFn: () => invoke('meetings.get', { id: draft.meetingId }), enabled: draft.meetingId !== '' });
  const decisions = (meeting.data?.decisions ?? []).filter((decision) => decision.outcome === 'adopted' || decision.outcome === 'consensus');
  const { notify } = useNotify();
  const adopt = useProtocolChange('protocols.adopt', {
    onSuccess: () => {
      notify(`Version ${version.label} is adopted.`, 'success');
      onClose();
    },
    onError: form.showSaveError,
  });
  const submit = () => {
    const input = form.validate(adoptionSchema, {
      id: version.id,
      adoptedOn: draft.adoptedOn === '' ? null : draft.adoptedOn,
      effectiveOn: draft.effectiveOn === '' ? null : draft.effectiveOn,
      meetingId: draft.meetingId === '' ? null : draft.meetingId,
      decisionId: draft.decisionId === '' ? null : draft.decisionId,
    });
    if (input) adopt.mutate(input);
  };
  const newestFirst = [...(meetings.data ?? [])].filter((candidate) => candidate.status !== 'cancelled').sort((a, b) => b.startsAtUtc.localeCompare(a.startsAtUtc));
  return (
    <FormDialog title={`Record adoption of version ${version.label}`} open saving={adopt.isPending} onClose={onClose} onSubmit={submit} submitLabel="Record adoption">
      <Typography color="text.secondary">The version adopted before this one, if any, becomes superseded. Every party signs this version.</Typography>
      <TextField {...textField('adoptedOn', 'Date adopted')} type="date" required slotProps={dateLabel} />
      <TextField {...textField('effectiveOn', 'In effect from')} type="date" slotProps={dateLabel} helperText={errorOf('effectiveOn') ?? 'Leave empty if it takes effect the day it is adopted.'} />
      <TextField
        select
        label="Adopted at meeting"
        value={draft.meetingId}
        onChange={(event) => {
          set('meetingId', event.target.value);
          set('decisionId', '');
        }}
        error={Boolean(errorOf('meetingId'))}
        helperText={errorOf('meetingId') ?? 'Optional.'}
      >
        <MenuItem value="">
          <em>Not at a meeting</em>
        </MenuItem>
        {newestFirst.map((candidate) => (
          <MenuItem key={candidate.id} value={candidate.id} sx={{ whiteSpace: 'normal' }}>
            {candidate.title} · {formatWeekdayDate(candidate.startsAt)}
          </MenuItem>
        ))}
      </TextField>
      {draft.meetingId !== '' && (
        <TextField
          select
          label="By decision"
          value={draft.decisionId}
          onChange={(event) => set('decisionId', event.target.value)}
          error={Boolean(errorOf('decisionId'))}
          helperText={errorOf('decisionId') ?? (decisions.length === 0 ? 'No adopted decision is recorded at that meeting.' : 'Optional.')}
        >
          <MenuItem value="">
            <em>No decision chosen</em>
          </MenuItem>
          {decisions.map((decision) => (
            <MenuItem key={decision.id} value={decision.id} sx={{ whiteSpace: 'normal' }}>
              {decision.text}
            </MenuItem>
          ))}
        </TextField>
      )}
    </FormDialog>
  );
}
