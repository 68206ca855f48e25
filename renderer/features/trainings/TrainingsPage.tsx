import Add from '@mui/icons-material/Add';
import School from '@mui/icons-material/School';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import CircularProgress from '@mui/material/CircularProgress';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { dutyById } from '../../../shared/childWelfareDuties';
import type { OutreachContact, Training } from '../../../shared/contract';
import { involvementLabels } from '../../../shared/directoryLabels';
import { sectorLabel } from '../../../shared/stakeholderSectors';
import { DocumentAttachments } from '../../components/documents/DocumentAttachments';
import { errorMessage } from '../../components/errorMessage';
import { useNotify } from '../../components/notifications/NotificationContext';
import { formatDate } from '../../format/formatDate';
import { OutreachFormDialog, followUpLabels } from './OutreachFormDialog';
import { QuarterCounts } from './QuarterCounts';
import { TrainingFormDialog } from './TrainingFormDialog';
import { useOutreach, useTrainingChange, useTrainings } from './trainingQueries';

type Editing = { kind: 'training'; training?: Training } | { kind: 'outreach'; contact?: OutreachContact } | null;
type Deleting = { kind: 'training'; id: string; name: string } | { kind: 'outreach'; id: string; name: string } | null;

const localToday = () => {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
};

const wrapAnywhere = { overflowWrap: 'anywhere' } as const;

/** Trainings and outreach, the coalition's "eyes and ears": who was trained and contacted, and the counts by quarter. */
export function TrainingsPage() {
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<Deleting>(null);
  const trainings = useTrainings();
  const outreach = useOutreach();
  const today = localToday();
  const logTraining = () => setEditing({ kind: 'training' });
  const recordOutreach = () => setEditing({ kind: 'outreach' });
  const nothingYet = trainings.data?.length === 0 && outreach.data?.length === 0;

  return (
    <Stack sx={{ gap: 3, maxWidth: 1100, minWidth: 0 }}>
      <Stack direction="row" sx={{ gap: 2, alignItems: 'center', justifyContent: 'space-between', flexWrap: 'wrap' }}>
        <Typography variant="h1">Trainings and outreach</Typography>
        <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap' }}>
          <Button variant="contained" startIcon={<Add />} onClick={logTraining}>
            Log a training
          </Button>
          <Button variant="outlined" startIcon={<Add />} onClick={recordOutreach}>
            Record outreach
          </Button>
        </Stack>
      </Stack>
      {(trainings.isPending || outreach.isPending) && <CircularProgress aria-label="Loading trainings and outreach" />}
      {trainings.isError && <Alert severity="error">{errorMessage(trainings.error)}</Alert>}
      {outreach.isError && <Alert severity="error">{errorMessage(outreach.error)}</Alert>}
      {nothingYet && <NothingYet onTraining={logTraining} onOutreach={recordOutreach} />}
      {!nothingYet && trainings.data && outreach.data && (
        <>
          <QuarterCounts />
          <section aria-labelledby="trainings-heading">
            <Typography id="trainings-heading" variant="h2" sx={{ mb: 1.5 }}>
              Trainings
            </Typography>
            {trainings.data.length === 0 && <Typography color="text.secondary">No training logged yet.</Typography>}
            <Stack sx={{ gap: 1.5 }}>
              {trainings.data.map((training) => (
                <TrainingRow
                  key={training.id}
                  training={training}
                  onEdit={() => setEditing({ kind: 'training', training })}
                  onDelete={() => setDeleting({ kind: 'training', id: training.id, name: training.title })}
                />
              ))}
            </Stack>
          </section>
          <section aria-labelledby="outreach-heading">
            <Typography id="outreach-heading" variant="h2" sx={{ mb: 1.5 }}>
              Outreach
            </Typography>
            {outreach.data.length === 0 && <Typography color="text.secondary">No outreach recorded yet.</Typography>}
            <Stack sx={{ gap: 1.5 }}>
              {outreach.data.map((contact) => (
                <OutreachRow
                  key={contact.id}
                  contact={contact}
                  onEdit={() => setEditing({ kind: 'outreach', contact })}
                  onDelete={() => setDeleting({ kind: 'outreach', id: contact.id, name: `the contact with ${contact.organization.name}` })}
                />
              ))}
            </Stack>
          </section>
        </>
      )}
      {editing?.kind === 'training' && <TrainingFormDialog training={editing.training} today={today} onClose={() => setEditing(null)} />}
      {editing?.kind === 'outreach' && <OutreachFormDialog contact={editing.contact} today={today} onClose={() => setEditing(null)} />}
      {deleting && <ConfirmDelete deleting={deleting} onClose={() => setDeleting(null)} />}
    </Stack>
  );
}

function RowActions({ onEdit, onDelete }: { onEdit: () => void; onDelete: () => void }) {
  return (
    <Stack direction="row" sx={{ gap: 1, flexShrink: 0 }}>
      <Button size="small" onClick={onEdit}>
        Edit
      </Button>
      <Button size="small" color="error" onClick={onDelete}>
        Delete
      </Button>
    </Stack>
  );
}

function TrainingRow({ training, onEdit, onDelete }: { training: Training; onEdit: () => void; onDelete: () => void }) {
  const acknowledgments = training.acknowledgmentsCollected ? `${training.acknowledgmentCount ?? 0} signed acknowledgments` : 'No acknowledgments collected';
  return (
    <Paper variant="outlined" component="article" aria-label={training.title} sx={{ p: 2 }}>
      <Stack direction={{ xs: 'column', sm: 'row' }} sx={{ gap: 1, justifyContent: 'space-between' }}>
        <Stack sx={{ gap: 0.5, minWidth: 0, flex: 1 }}>
          <Typography variant="h3" sx={wrapAnywhere}>
            {training.title}
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={wrapAnywhere}>
            {formatDate(training.heldOn)}
            {training.trainerOrganization && ` · by ${training.trainerOrganization.name}`}
            {` · ${training.numberTrained} trained · ${acknowledgments}`}
          </Typography>
          {(training.audienceSectors.length > 0 || training.audienceDetail) && (
            <Typography variant="body2" sx={wrapAnywhere}>
              For: {[...training.audienceSectors.map((sector) => sectorLabel(sector)), training.audienceDetail].filter(Boolean).join('; ')}
            </Typography>
          )}
          {training.duties.length > 0 && (
            <Stack direction="row" sx={{ gap: 0.5, flexWrap: 'wrap' }} aria-label="Duties it serves">
              {training.duties.map((duty) => (
                <Chip key={duty} size="small" label={dutyById(duty).title} />
              ))}
            </Stack>
          )}
          <DocumentAttachments subjectKind="training" subjectId={training.id} title="Materials" label={`Materials for ${training.title}`} />
        </Stack>
        <RowActions onEdit={onEdit} onDelete={onDelete} />
      </Stack>
    </Paper>
  );
}

function OutreachRow({ contact, onEdit, onDelete }: { contact: OutreachContact; onEdit: () => void; onDelete: () => void }) {
  return (
    <Paper variant="outlined" component="article" aria-label={contact.organization.name} sx={{ p: 2 }}>
      <Stack direction={{ xs: 'column', sm: 'row' }} sx={{ gap: 1, justifyContent: 'space-between' }}>
        <Stack sx={{ gap: 0.5, minWidth: 0 }}>
          <Stack direction="row" sx={{ gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
            <Typography variant="h3" sx={wrapAnywhere}>
              {contact.organization.name}
            </Typography>
            {contact.organization.involvement === 'prospective' && <Chip size="small" variant="outlined" label={involvementLabels.prospective} />}
          </Stack>
          <Typography variant="body2" color="text.secondary" sx={wrapAnywhere}>
            {formatDate(contact.contactedOn)}
            {contact.contactPerson && ` · with ${contact.contactPerson}`}
            {` · ${followUpLabels[contact.followUpStatus]}`}
            {contact.followUpOn && ` (${formatDate(contact.followUpOn)})`}
          </Typography>
          {contact.agreed && (
            <Typography variant="body2" sx={{ ...wrapAnywhere, whiteSpace: 'pre-line' }}>
              Agreed: {contact.agreed}
            </Typography>
          )}
        </Stack>
        <RowActions onEdit={onEdit} onDelete={onDelete} />
      </Stack>
    </Paper>
  );
}

function ConfirmDelete({ deleting, onClose }: { deleting: NonNullable<Deleting>; onClose: () => void }) {
  const { notify, notifyError } = useNotify();
  const options = {
    onSuccess: () => {
      notify('Deleted.', 'success');
      onClose();
    },
    onError: notifyError,
  };
  const training = useTrainingChange('trainings.delete', options);
  const outreach = useTrainingChange('outreach.delete', options);
  const change = deleting.kind === 'training' ? training : outreach;
  return (
    <Dialog open onClose={onClose} maxWidth="xs" fullWidth>
      <DialogTitle>Delete {deleting.kind === 'training' ? 'this training' : 'this outreach contact'}?</DialogTitle>
      <DialogContent>
        <Typography sx={wrapAnywhere}>
          “{deleting.name}” will be removed from the lists, the counts and the duties checklist.
          {deleting.kind === 'training' && ' Its materials stay in the document library.'} The history keeps a note that it was deleted.
        </Typography>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={change.isPending}>
          Keep it
        </Button>
        <Button color="error" variant="contained" disabled={change.isPending} onClick={() => change.mutate({ id: deleting.id })}>
          Delete
        </Button>
      </DialogActions>
    </Dialog>
  );
}

function NothingYet({ onTraining, onOutreach }: { onTraining: () => void; onOutreach: () => void }) {
  return (
    <Paper variant="outlined" sx={{ p: { xs: 3, sm: 5 }, textAlign: 'center' }}>
      <Stack sx={{ gap: 2, alignItems: 'center' }}>
        <School color="primary" sx={{ fontSize: 48 }} aria-hidden />
        <Typography variant="h2">No trainings or outreach yet</Typography>
        <Typography color="text.secondary" sx={{ maxWidth: 560 }}>
          Log each training the coalition gives (caseworkers, police, schools, hotel or truck stop staff) with how many people came and the signed
          acknowledgments collected, and each contact with a business or community group. The counts by sector and quarter, and the six duties checklist, follow
          from them.
        </Typography>
        <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap', justifyContent: 'center' }}>
          <Button variant="contained" startIcon={<Add />} onClick={onTraining}>
            Log a training
          </Button>
          <Button variant="outlined" startIcon={<Add />} onClick={onOutreach}>
            Record outreach
          </Button>
        </Stack>
      </Stack>
    </Paper>
  );
}
