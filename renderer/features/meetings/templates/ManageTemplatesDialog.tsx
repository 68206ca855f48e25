import Delete from '@mui/icons-material/Delete';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import IconButton from '@mui/material/IconButton';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { AgendaTemplate } from '../../../../shared/contract';
import { useMeetingChange, useTemplates } from '../../../components/meetings/meetingQueries';
import { useNotify } from '../../../components/notifications/NotificationContext';
import { ConfirmArchiveDialog } from '../../directory/ConfirmArchiveDialog';
import { formatMinutes } from '../../../format/meetingTime';

/** "3 items · 1 h: Welcome, Partner updates, Data report", so a template is known by what is in it. */
const templateSummary = (template: AgendaTemplate) =>
  `${template.items.length} ${template.items.length === 1 ? 'item' : 'items'} · ${formatMinutes(template.items.reduce((sum, item) => sum + item.timeboxMinutes, 0))}${template.items.length > 0 ? `: ${template.items.map((item) => item.title).join(', ')}` : ''}`;

/** The saved agenda templates, each with Delete (after a confirmation). Templates are made from a meeting's agenda. */
export function ManageTemplatesDialog({ onClose }: { onClose: () => void }) {
  const templates = useTemplates();
  const [deleting, setDeleting] = useState<AgendaTemplate | null>(null);
  const { notify, notifyError } = useNotify();
  const remove = useMeetingChange('templates.delete', {
    onSuccess: () => {
      notify('Template deleted.', 'success');
      setDeleting(null);
    },
    onError: notifyError,
  });
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="manage-templates-title">
      <DialogTitle id="manage-templates-title">Agenda templates</DialogTitle>
      <DialogContent dividers>
        {templates.isPending && <CircularProgress aria-label="Loading the templates" />}
        {templates.data?.length === 0 && (
          <Typography color="text.secondary">No templates yet. Open a meeting with a good agenda and choose &quot;Save agenda as template&quot;.</Typography>
        )}
        <List dense disablePadding>
          {templates.data?.map((template) => (
            <ListItem
              key={template.id}
              divider
              secondaryAction={
                <IconButton edge="end" aria-label={`Delete ${template.name}`} onClick={() => setDeleting(template)}>
                  <Delete />
                </IconButton>
              }
            >
              <ListItemText primary={template.name} secondary={templateSummary(template)} slotProps={{ secondary: { sx: { overflowWrap: 'anywhere' } } }} />
            </ListItem>
          ))}
        </List>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Close</Button>
      </DialogActions>
      {deleting && (
        <ConfirmArchiveDialog
          title={`Delete the template "${deleting.name}"?`}
          explanation="New meetings can no longer start from it. Meetings that already used it keep their agendas."
          confirmLabel="Delete"
          busy={remove.isPending}
          onCancel={() => setDeleting(null)}
          onConfirm={() => remove.mutate({ id: deleting.id })}
        />
      )}
    </Dialog>
  );
}
