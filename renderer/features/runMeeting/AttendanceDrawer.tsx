import Close from '@mui/icons-material/Close';
import Drawer from '@mui/material/Drawer';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import type { MeetingDetail } from '../../../shared/contract';
import { AttendancePanel } from '../attendance/AttendancePanel';

/** Attendance beside the running meeting; the whole width on a narrow window. */
export function AttendanceDrawer({ detail, open, onClose }: { detail: MeetingDetail; open: boolean; onClose: () => void }) {
  const titleId = useId();
  return (
    <Drawer
      anchor="right"
      open={open}
      onClose={onClose}
      slotProps={{ paper: { sx: { width: { xs: '100%', sm: 480 }, p: 2 }, role: 'dialog', 'aria-labelledby': titleId } }}
    >
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between', mb: 1 }}>
        <Typography id={titleId} variant="h2">
          Attendance
        </Typography>
        <IconButton aria-label="Close attendance" onClick={onClose}>
          <Close />
        </IconButton>
      </Stack>
      <AttendancePanel detail={detail} />
    </Drawer>
  );
}
