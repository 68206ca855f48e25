import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { type ProtocolVersion, adoptionSchema } from '../../../shared/contract';
import { useMeetings, useRecentDecisions } from '../../components/meetings/meetingQueries';
import { useNotify } from '../../components/notifications/NotificationContext';
import { useProtocolChange } from '../../components/protocols/protocolQueries';
import { formatWeekdayDate } from '../../format/formatDate';
import { FormDialog } from '../directory/FormDialog';
import { useDraftForm } from '../directory/useDraftForm';
import { localToday } from './DateDialog';

const dateLabel = { inputLabel: { shrink: true } };
/** The most the recent-decisions channel answers. */
const DECISIONS_OFFERED = 50;

/** Records that a version in review was adopted: when, from when it applies, and at which meeting and by which decision. */
export function AdoptionDialog({ version, onClose }: { version: ProtocolVersion; onClose: () => void }) {
  const form = useDraftForm({ adoptedOn: localToday(), effectiveOn: '', meetingId: '', decisionId: '' }, [
    'adoptedOn',
    'effectiveOn',
    'meetingId',
    'decisionId',
  ]);
  const { draft, set, errorOf, textField } = form;
  const meetings = useMeetings();
  const recentDecisions = useRecentDecisions(DECISIONS_OFFERED);
  const decisions = (recentDecisions.data ?? []).filter((decision) => decision.outcome === 'adopted' || decision.outcome === 'consensus');
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
  const newestFirst = [...(meetings.data ?? [])]
    .filter((candidate) => candidate.status !== 'cancelled')
    .sort((a, b) => b.startsAtUtc.localeCompare(a.startsAtUtc));
  return (
    <FormDialog
      title={`Record adoption of version ${version.label}`}
      open
      saving={adopt.isPending}
      onClose={onClose}
      onSubmit={submit}
      submitLabel="Record adoption"
    >
      <Typography color="text.secondary">The version adopted before this one, if any, becomes superseded. Every party signs this version.</Typography>
      <TextField {...textField('adoptedOn', 'Date adopted')} type="date" required slotProps={dateLabel} />
      <TextField
        {...textField('effectiveOn', 'In effect from')}
        type="date"
        slotProps={dateLabel}
        helperText={errorOf('effectiveOn') ?? 'Leave empty if it takes effect the day it is adopted.'}
      />
      <TextField
        select
        label="Decision that adopted it"
        value={draft.decisionId}
        onChange={(event) => {
          const decision = decisions.find((candidate) => candidate.id === event.target.value);
          set('decisionId', event.target.value);
          if (decision) set('meetingId', decision.meetingId);
        }}
        error={Boolean(errorOf('decisionId'))}
        helperText={
          errorOf('decisionId') ??
          (decisions.length === 0
            ? 'No adopted decision is recorded yet. You can still name the meeting.'
            : 'Optional: recent adopted decisions, newest first.')
        }
      >
        <MenuItem value="">
          <em>No recorded decision</em>
        </MenuItem>
        {decisions.map((decision) => (
          <MenuItem key={decision.id} value={decision.id} sx={{ whiteSpace: 'normal' }}>
            {decision.text} ({decision.meetingTitle}, {formatWeekdayDate(decision.meetingStartsAt)})
          </MenuItem>
        ))}
      </TextField>
      <TextField
        select
        label="Adopted at meeting"
        value={draft.meetingId}
        disabled={draft.decisionId !== ''}
        onChange={(event) => set('meetingId', event.target.value)}
        error={Boolean(errorOf('meetingId'))}
        helperText={errorOf('meetingId') ?? (draft.decisionId !== '' ? 'The meeting where that decision was made.' : 'Optional.')}
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
    </FormDialog>
  );
}
