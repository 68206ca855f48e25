import CheckCircle from '@mui/icons-material/CheckCircle';
import ErrorOutline from '@mui/icons-material/ErrorOutlineOutlined';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { Quorum } from '../../../shared/contract';

export function quorumWords(quorum: Quorum): string {
  const counts = `${quorum.presentVoting} present, ${quorum.required} needed`;
  return quorum.met ? `Quorum met: ${counts}` : `No quorum: ${counts}`;
}

/** Whether the meeting may decide: icon, colour and words, announced when it changes. */
export function QuorumIndicator({ quorum }: { quorum: Quorum }) {
  const colour = quorum.met ? 'success.main' : 'warning.dark';
  return (
    <Stack role="status" direction="row" sx={{ gap: 0.75, alignItems: 'center', color: colour }}>
      {quorum.met ? <CheckCircle fontSize="small" /> : <ErrorOutline fontSize="small" />}
      <Typography variant="body2" sx={{ fontWeight: 600 }}>
        {quorumWords(quorum)}
      </Typography>
    </Stack>
  );
}
