import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import FormHelperText from '@mui/material/FormHelperText';
import { decisionInputSchema, type AgendaItem, type Decision, type MeetingDetail } from '../../../shared/contract';
import { membersAtMeeting, motionProblems, type MotionContext } from '../../../shared/motionRules';
import { useMeetingChange } from '../../components/meetings/meetingQueries';
import { useNotify } from '../../components/notifications/NotificationContext';
import { MemberPicker } from '../directory/MemberPicker';
import { FormDialog } from '../directory/FormDialog';
import { OptionSelect } from '../directory/OptionSelect';
import { useDraftForm } from '../directory/useDraftForm';
import { decisionFieldsFromDraft, decisionFormKeys, draftFromDecision, type DecisionDraft } from './decisionDraft';
import { decisionOutcomeLabels } from './decisionLabels';

interface DecisionFormDialogProps {
  meetingId: string;
  agenda: readonly AgendaItem[];
  /** Who is at the meeting and how many voting members count: the mover, seconder and votes are checked against it. */
  meeting: MotionContext;
  /** The decision to edit; without it a new one is recorded. */
  decision?: Decision;
  /** The agenda item a new decision belongs to, usually the one under discussion. */
  agendaItemId?: string | null;
  onClose: () => void;
}

const voteFields = [
  ['votesFor', 'For'],
  ['votesAgainst', 'Against'],
  ['votesAbstain', 'Abstained'],
] as const;

/** Record or edit a decision: what was decided, on which item, the motion and vote if there was one, and the outcome. */
export function DecisionFormDialog({ meetingId, agenda, meeting, decision, agendaItemId = null, onClose }: DecisionFormDialogProps) {
  const form = useDraftForm<DecisionDraft>(draftFromDecision(decision, agendaItemId), decisionFormKeys);
  const { draft, set, errorOf, textField } = form;
  const { notify } = useNotify();
  const atMeeting = membersAtMeeting(meeting.attendees);
  const saved = () => {
    notify(decision ? 'Decision saved.' : 'Decision recorded.', 'success');
    onClose();
  };
  const record = useMeetingChange('decisions.record', { onSuccess: saved, onError: form.showSaveError });
  const update = useMeetingChange('decisions.update', { onSuccess: saved, onError: form.showSaveError });

  const submit = () => {
    const input = form.validate(decisionInputSchema, { meetingId, ...decisionFieldsFromDraft(draft) });
    if (!input) return;
    const keep = [decision?.motion?.movedById ?? null, decision?.motion?.secondedById ?? null];
    if (input.motion && form.showErrors(motionProblems(input.motion, meeting, keep))) return;
    if (decision) update.mutate({ ...input, id: decision.id });
    else record.mutate(input);
  };

  return (
    <FormDialog title={decision ? 'Edit decision' : 'Record decision'} open saving={record.isPending || update.isPending} onClose={onClose} onSubmit={submit}>
      <TextField
        {...textField('text', 'Decision')}
        autoFocus
        multiline
        minRows={3}
        helperText={errorOf('text') ?? 'What was decided, in words everyone will understand later.'}
      />
      <OptionSelect
        label="Agenda item"
        value={draft.agendaItemId}
        onChange={(value) => set('agendaItemId', value)}
        emptyOption="Not linked to an item"
        error={errorOf('agendaItemId')}
      >
        {agenda.map((item) => (
          <option key={item.id} value={item.id}>
            {item.position}. {item.title}
          </option>
        ))}
      </OptionSelect>
      <FormControlLabel
        control={<Switch checked={draft.hasMotion} onChange={(event) => set('hasMotion', event.target.checked)} />}
        label="There was a motion and a vote"
      />
      {draft.hasMotion && (
        <>
          <Stack direction={{ xs: 'column', sm: 'row' }} sx={{ gap: 2 }}>
            <MemberPicker label="Moved by" value={draft.movedById} onChange={(id) => set('movedById', id)} firstIds={atMeeting} error={errorOf('movedById')} />
            <MemberPicker
              label="Seconded by"
              value={draft.secondedById}
              onChange={(id) => set('secondedById', id)}
              firstIds={atMeeting}
              error={errorOf('secondedById')}
            />
          </Stack>
          <Stack direction="row" sx={{ gap: 2 }}>
            {voteFields.map(([key, label]) => (
              <TextField
                key={key}
                label={label}
                type="number"
                value={draft[key]}
                onChange={(event) => set(key, event.target.value)}
                error={Boolean(errorOf(`motion.${key}`))}
                helperText={errorOf(`motion.${key}`)}
                slotProps={{ htmlInput: { min: 0, inputMode: 'numeric' } }}
              />
            ))}
          </Stack>
          <FormHelperText error={Boolean(errorOf('motion.votes'))} sx={{ mt: -1 }}>
            {errorOf('motion.votes') ?? `${meeting.presentVoting} voting ${meeting.presentVoting === 1 ? 'member is' : 'members are'} present or represented.`}
          </FormHelperText>
        </>
      )}
      <OptionSelect
        label="Outcome"
        value={draft.outcome}
        onChange={(value) => set('outcome', value)}
        options={decisionOutcomeLabels}
        emptyOption="Choose…"
        error={errorOf('outcome')}
      />
    </FormDialog>
  );
}

/** What the form checks a motion against, from the meeting page's detail. */
export const motionContextOf = (detail: MeetingDetail): MotionContext => ({ attendees: detail.attendees, presentVoting: detail.quorum.presentVoting });
