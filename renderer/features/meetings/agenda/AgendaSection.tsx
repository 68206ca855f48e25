import SaveAlt from '@mui/icons-material/SaveAlt';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useState } from 'react';
import type { MeetingDetail } from '../../../../shared/contract';
import { SaveTemplateDialog } from '../templates/SaveTemplateDialog';
import { AgendaEditor } from './AgendaEditor';

/** The agenda, and saving it as a template for later meetings. */
export function AgendaSection({ detail }: { detail: MeetingDetail }) {
  const [saving, setSaving] = useState(false);
  return (
    <Stack sx={{ gap: 2 }}>
      <AgendaEditor detail={detail} />
      {detail.agenda.some((item) => item.role === 'regular') && (
        <div>
          <Button startIcon={<SaveAlt />} onClick={() => setSaving(true)}>
            Save agenda as template
          </Button>
        </div>
      )}
      {saving && <SaveTemplateDialog meetingId={detail.meeting.id} meetingTitle={detail.meeting.title} onClose={() => setSaving(false)} />}
    </Stack>
  );
}
