import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { ExportRequest, MeetingDetail } from '../../../shared/contract';
import { ChoiceGroup } from '../../components/forms/ChoiceGroup';
import { defaultRecordOptions } from './recordOptions';
import { RecordOptionsFields } from './RecordOptionsFields';

const formats = { pdf: 'PDF (to send or print)', docx: 'Word document (DOCX, to edit in Word or LibreOffice)' } as const;

interface Props {
  detail: MeetingDetail;
  onClose: () => void;
  onExport: (request: ExportRequest) => void;
}

/** The record of one meeting as a file for partners who do not use the app. */
export function MeetingRecordExportDialog({ detail, onClose, onExport }: Props) {
  const [format, setFormat] = useState<keyof typeof formats>('pdf');
  const [options, setOptions] = useState(defaultRecordOptions);
  const confidentialCount = detail.agenda.filter((item) => item.notesConfidential && item.notesHtml.trim() !== '').length;
  const approved = detail.meeting.status === 'approved';
  const exportRecord = () => {
    onExport({ kind: 'meeting-record', meetingId: detail.meeting.id, format, ...options });
    onClose();
  };
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" scroll="paper" aria-labelledby="export-record-title">
      <DialogTitle id="export-record-title">Export the record of this meeting</DialogTitle>
      <DialogContent dividers>
        <Stack sx={{ gap: 2.5 }}>
          <Typography variant="body2">
            {approved ? 'The approved minutes, ready to send to partners.' : 'These minutes are not approved yet, so every page will be marked DRAFT.'}
          </Typography>
          <ChoiceGroup label="Format" value={format} onChange={setFormat} options={formats} />
          <RecordOptionsFields options={options} onChange={setOptions} confidentialCount={confidentialCount} />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button variant="contained" onClick={exportRecord} disabled={options.sections.length === 0}>
          Export
        </Button>
      </DialogActions>
    </Dialog>
  );
}
