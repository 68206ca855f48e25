import CheckCircle from '@mui/icons-material/CheckCircle';
import RadioButtonUnchecked from '@mui/icons-material/RadioButtonUnchecked';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { Link as RouterLink } from 'react-router';
import type { SetupChecklist, SetupStep } from '../../../shared/contract';
import { setupStepPages } from './setupSteps';
import { useDismissSetupChecklist, useSetupChecklist } from './useSetupChecklist';
import { visuallyHidden } from '../../components/visuallyHidden';

/** Read by screen readers, not shown: the icon already says it to the eye. */

/** The first steps, read from the workspace; gone once every step is done or someone puts it away. */
export function SetupChecklistCard() {
  const checklist = useSetupChecklist();
  // The checklist is a guide, not a record: while it loads or if it cannot be read, the dashboard simply goes without it.
  if (!checklist.data || !isShown(checklist.data)) return null;
  return <Checklist checklist={checklist.data} />;
}

function isShown(checklist: SetupChecklist): boolean {
  return !checklist.dismissed && checklist.steps.some((step) => !step.done);
}

function Checklist({ checklist }: { checklist: SetupChecklist }) {
  const headingId = useId();
  const dismiss = useDismissSetupChecklist();
  const done = checklist.steps.filter((step) => step.done).length;
  return (
    <Card component="section" aria-labelledby={headingId}>
      <CardContent>
        <Stack sx={{ gap: 1.5 }}>
          <Typography id={headingId} variant="h3" component="h2">
            First steps
          </Typography>
          <Typography>
            Your workspace is ready and encrypted on this computer. These steps make it a working home for the coalition: {done} of {checklist.steps.length}{' '}
            done.
          </Typography>
          <Stack component="ul" aria-label="First steps" sx={{ listStyle: 'none', p: 0, m: 0, gap: 1.5 }}>
            {checklist.steps.map((step) => (
              <StepRow key={step.id} step={step} />
            ))}
          </Stack>
          <Stack direction="row" sx={{ gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
            <Button variant="text" onClick={() => dismiss.mutate()} disabled={dismiss.isPending}>
              Hide this checklist
            </Button>
            <Typography variant="body2" color="text.secondary">
              It goes away by itself once every step is done.
            </Typography>
          </Stack>
        </Stack>
      </CardContent>
    </Card>
  );
}

function StepRow({ step }: { step: SetupStep }) {
  const { title, to, page } = setupStepPages[step.id];
  const Icon = step.done ? CheckCircle : RadioButtonUnchecked;
  return (
    <Stack component="li" direction="row" sx={{ gap: 1.5, alignItems: 'flex-start' }}>
      <Icon aria-hidden color={step.done ? 'success' : 'disabled'} sx={{ mt: 0.25 }} />
      <Stack sx={{ gap: 0.25, minWidth: 0 }}>
        <Typography sx={{ fontWeight: 600 }}>
          {title}
          <Box component="span" sx={visuallyHidden}>
            {step.done ? ' (done)' : ' (not done yet)'}
          </Box>
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {step.why}{' '}
          <Link component={RouterLink} to={to}>
            Go to {page}
          </Link>
        </Typography>
      </Stack>
    </Stack>
  );
}
