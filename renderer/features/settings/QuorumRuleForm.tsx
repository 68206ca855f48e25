import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useId, useState } from 'react';
import { quorumRuleSchema, type QuorumRule } from '../../../shared/contract';
import { fieldErrorsFromZod, fieldErrorsOf, firstError, type FieldErrors } from '../../components/forms/fieldErrors';
import { useMeetingChange } from '../../components/meetings/meetingQueries';
import { useNotify } from '../../components/notifications/NotificationContext';

type RuleKind = QuorumRule['kind'];

const numberLabels: Record<RuleKind, string> = { share: 'Percent of voting members', count: 'Number of voting members' };

/** "In words" for the confirmation: what makes a quorum now. */
export function quorumRuleText(rule: QuorumRule): string {
  return rule.kind === 'share' ? `${rule.percent}% of the voting members` : `${rule.count} voting ${rule.count === 1 ? 'member' : 'members'}`;
}

/** How many voting members must be present for decisions: a share of them or a fixed number. */
export function QuorumRuleForm({ rule }: { rule: QuorumRule }) {
  const labelId = useId();
  const [kind, setKind] = useState<RuleKind>(rule.kind);
  const [amounts, setAmounts] = useState({
    share: rule.kind === 'share' ? String(rule.percent) : '50',
    count: rule.kind === 'count' ? String(rule.count) : '5',
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const { notify, notifyError } = useNotify();
  const save = useMeetingChange('preferences.setQuorumRule', {
    onSuccess: (preferences) => notify(`Quorum is now ${quorumRuleText(preferences.quorumRule)} present.`, 'success'),
    onError: (error) => {
      const fieldErrors = fieldErrorsOf(error);
      if (Object.keys(fieldErrors).length > 0) setErrors(fieldErrors);
      else notifyError(error);
    },
  });

  const submit = () => {
    const amount = Number(amounts[kind]);
    const candidate = kind === 'share' ? { kind, percent: amount } : { kind, count: amount };
    const parsed = quorumRuleSchema.safeParse(candidate);
    if (!parsed.success) return setErrors(fieldErrorsFromZod(parsed.error));
    setErrors({});
    save.mutate({ rule: parsed.data });
  };
  const amountError = firstError(errors, kind === 'share' ? 'percent' : 'count') ?? firstError(errors, kind === 'share' ? 'rule.percent' : 'rule.count');

  return (
    <Stack
      component="form"
      noValidate
      aria-label="Quorum rule"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
      sx={{ gap: 1.5 }}
    >
      <FormLabel id={labelId}>Quorum</FormLabel>
      <RadioGroup aria-labelledby={labelId} value={kind} onChange={(event) => setKind(event.target.value as RuleKind)}>
        <FormControlLabel value="share" control={<Radio />} label="A share of the voting members" />
        <FormControlLabel value="count" control={<Radio />} label="A fixed number of voting members" />
      </RadioGroup>
      <Stack direction="row" sx={{ gap: 2, alignItems: 'flex-start', flexWrap: 'wrap' }}>
        <TextField
          type="number"
          label={numberLabels[kind]}
          value={amounts[kind]}
          onChange={(event) => setAmounts((current) => ({ ...current, [kind]: event.target.value }))}
          error={Boolean(amountError)}
          helperText={amountError}
          slotProps={{ htmlInput: { min: 1, max: kind === 'share' ? 100 : 1000, step: 1 } }}
          sx={{ maxWidth: 260 }}
        />
        <Button type="submit" variant="outlined" disabled={save.isPending} sx={{ mt: 1 }}>
          Save quorum rule
        </Button>
      </Stack>
    </Stack>
  );
}
