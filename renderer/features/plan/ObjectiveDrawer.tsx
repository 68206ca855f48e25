import Close from '@mui/icons-material/Close';
import Delete from '@mui/icons-material/Delete';
import Edit from '@mui/icons-material/Edit';
import LinkOff from '@mui/icons-material/LinkOff';
import Update from '@mui/icons-material/Update';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Drawer from '@mui/material/Drawer';
import IconButton from '@mui/material/IconButton';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { type ReactNode, useId, useState } from 'react';
import { Link as RouterLink } from 'react-router';
import type { Goal, ObjectiveDetail, PlanLinkKind } from '../../../shared/contract';
import { actionStatusLabels } from '../../../shared/actionLabels';
import { formatAmount, targetWords } from '../../../shared/planProgressWords';
import { figureSpanLabels, planProgressModeLabels, planStatusLabels } from '../../../shared/planStatus';
import { FieldList } from '../../components/FieldList';
import { DocumentAttachments } from '../../components/documents/DocumentAttachments';
import { errorMessage } from '../../components/errorMessage';
import { meetingPath } from '../../components/meetings/meetingPaths';
import { useNotify } from '../../components/notifications/NotificationContext';
import { PlanStatusChip } from '../../components/plan/PlanStatusChip';
import { useObjective, usePlanChange } from '../../components/plan/planQueries';
import { ConfirmDeleteDialog } from './ConfirmDeleteDialog';
import { LinkPicker } from './LinkPicker';
import { ObjectiveFormDialog } from './ObjectiveFormDialog';
import { ObjectiveProgressBar } from './ObjectiveProgressBar';
import { ProgressUpdateDialog } from './ProgressUpdateDialog';
import { formatDate } from '../../format/formatDate';

interface ObjectiveDrawerProps {
  objectiveId: string | null;
  goals: readonly Goal[];
  today: string;
  onClose: () => void;
  onDeleted: (objectiveId: string, title: string) => void;
}

/** One objective beside the plan: its figures, its dated updates, and the action items and decisions serving it. */
export function ObjectiveDrawer({ objectiveId, goals, today, onClose, onDeleted }: ObjectiveDrawerProps) {
  const headingId = useId();
  return (
    <Drawer
      anchor="right"
      open={objectiveId !== null}
      onClose={onClose}
      slotProps={{ paper: { sx: { width: { xs: '100%', sm: 560 }, p: 3 }, role: 'dialog', 'aria-labelledby': headingId } }}
    >
      {objectiveId && <ObjectivePanel id={objectiveId} headingId={headingId} goals={goals} today={today} onClose={onClose} onDeleted={onDeleted} />}
    </Drawer>
  );
}

function ObjectivePanel({ id, headingId, goals, today, onClose, onDeleted }: { id: string; headingId: string } & Omit<ObjectiveDrawerProps, 'objectiveId'>) {
  const detail = useObjective(id);
  return (
    <Stack sx={{ gap: 3 }}>
      <Stack direction="row" sx={{ gap: 1, alignItems: 'flex-start', justifyContent: 'space-between' }}>
        <Typography id={headingId} variant="h2" sx={{ overflowWrap: 'anywhere', minWidth: 0 }}>
          {detail.data?.objective.title ?? 'Objective'}
        </Typography>
        <IconButton aria-label="Close" onClick={onClose} edge="end">
          <Close />
        </IconButton>
      </Stack>
      {detail.isPending && <CircularProgress aria-label="Loading the objective" />}
      {detail.isError && <Alert severity="error">{errorMessage(detail.error)}</Alert>}
      {detail.data && <ObjectiveDetails detail={detail.data} goals={goals} today={today} onDeleted={onDeleted} />}
    </Stack>
  );
}

function ObjectiveDetails({
  detail,
  goals,
  today,
  onDeleted,
}: {
  detail: ObjectiveDetail;
  goals: readonly Goal[];
  today: string;
  onDeleted: ObjectiveDrawerProps['onDeleted'];
}) {
  const { objective } = detail;
  const [open, setOpen] = useState<'edit' | 'progress' | 'delete' | null>(null);
  const { notifyError } = useNotify();
  const remove = usePlanChange('plan.deleteObjective', { onSuccess: () => onDeleted(objective.id, objective.title), onError: notifyError });
  const link = usePlanChange('plan.link', { onError: notifyError });
  const unlink = usePlanChange('plan.unlink', { onError: notifyError });
  const linkTo = (kind: PlanLinkKind) => (targetId: string) => link.mutate({ objectiveId: objective.id, kind, targetId });
  const unlinkButton = (kind: PlanLinkKind, targetId: string, what: string) => (
    <IconButton
      size="small"
      aria-label={`Unlink ${what}`}
      disabled={unlink.isPending}
      onClick={() => unlink.mutate({ objectiveId: objective.id, kind, targetId })}
    >
      <LinkOff fontSize="small" />
    </IconButton>
  );

  return (
    <>
      <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap', alignItems: 'center' }}>
        <PlanStatusChip status={objective.status} overdue={objective.overdue} />
      </Stack>
      {objective.figures?.measureActive === false ? (
        <Alert severity="warning">
          Progress stopped following the figures: “{objective.figures.measureName}” was switched off on the Data page. Switch its set on again there, or edit
          the objective to choose another measure or record progress by hand.
        </Alert>
      ) : (
        <ObjectiveProgressBar objective={objective} />
      )}
      <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap' }}>
        <Button variant="contained" startIcon={<Update />} onClick={() => setOpen('progress')}>
          Record progress
        </Button>
        <Button variant="outlined" startIcon={<Edit />} onClick={() => setOpen('edit')}>
          Edit
        </Button>
        <Button color="error" startIcon={<Delete />} onClick={() => setOpen('delete')}>
          Delete
        </Button>
      </Stack>
      <FieldList
        items={[
          { term: 'Goal', description: detail.goalTitle },
          {
            term: 'Owner',
            description: objective.owner
              ? `${objective.owner.name}${objective.owner.kind === 'workgroup' ? ' (workgroup)' : ''}${objective.owner.archived ? ' (archived)' : ''}`
              : 'Not decided yet',
          },
          { term: 'Measure', description: objective.measure || 'Not set' },
          { term: 'Target', description: targetWords(objective, formatDate) },
          {
            term: 'Progress',
            description: objective.figures
              ? `Follows the figures of “${objective.figures.measureName}”: ${figureSpanLabels[objective.figures.span].toLowerCase()}`
              : planProgressModeLabels[objective.progressMode],
          },
        ]}
      />
      <Section title="Progress updates">
        {detail.updates.length === 0 ? (
          <Typography color="text.secondary">No updates yet. Record one at each meeting where the objective is reviewed.</Typography>
        ) : (
          <Stack component="ol" sx={{ listStyle: 'none', m: 0, p: 0, gap: 1.5 }}>
            {detail.updates.map((update) => (
              <Stack component="li" key={update.id} sx={{ gap: 0.25, borderLeft: 3, borderColor: 'divider', pl: 1.5 }}>
                <Typography variant="body2" sx={{ fontWeight: 700 }}>
                  {update.recordedOn} · {planStatusLabels[update.status]}
                  {update.value !== null && ` · ${formatAmount(update.value)}`}
                </Typography>
                {update.note && <Typography sx={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>{update.note}</Typography>}
                {update.recordedBy && (
                  <Typography variant="body2" color="text.secondary">
                    Recorded by {update.recordedBy.shownName}
                  </Typography>
                )}
              </Stack>
            ))}
          </Stack>
        )}
      </Section>
      <Section title="Action items serving it">
        <LinkedList empty="No action items linked yet.">
          {detail.actionItems.map((item) => (
            <LinkedRow key={item.id} action={unlinkButton('action-item', item.id, item.title)}>
              <Typography sx={{ overflowWrap: 'anywhere' }}>{item.title}</Typography>
              <Typography variant="body2" color="text.secondary">
                {[
                  actionStatusLabels[item.status as keyof typeof actionStatusLabels] ?? item.status,
                  item.ownerName,
                  item.dueOn && `due ${formatDate(item.dueOn)}`,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </Typography>
            </LinkedRow>
          ))}
        </LinkedList>
        <LinkPicker objectiveId={objective.id} kind="action-item" onPick={linkTo('action-item')} disabled={link.isPending} />
      </Section>
      <Section title="Decisions serving it">
        <LinkedList empty="No decisions linked yet.">
          {detail.decisions.map((decision) => (
            <LinkedRow key={decision.id} action={unlinkButton('decision', decision.id, 'this decision')}>
              <Typography sx={{ overflowWrap: 'anywhere', whiteSpace: 'pre-line' }}>{decision.text}</Typography>
              <Link component={RouterLink} to={meetingPath(decision.meetingId)} variant="body2">
                {decision.meetingTitle}, {decision.meetingDate}
              </Link>
            </LinkedRow>
          ))}
        </LinkedList>
        <LinkPicker objectiveId={objective.id} kind="decision" onPick={linkTo('decision')} disabled={link.isPending} />
      </Section>
      <DocumentAttachments subjectKind="objective" subjectId={objective.id} title="Attachments" label={`Attachments of ${objective.title}`} />
      {open === 'edit' && <ObjectiveFormDialog goals={goals} goalId={objective.goalId} objective={objective} onClose={() => setOpen(null)} />}
      {open === 'progress' && <ProgressUpdateDialog objective={objective} today={today} onClose={() => setOpen(null)} />}
      {open === 'delete' && (
        <ConfirmDeleteDialog
          title="Delete this objective?"
          explanation={`“${objective.title}” leaves the plan with its updates and links. You can undo this right after.`}
          confirmLabel="Delete objective"
          onCancel={() => setOpen(null)}
          onConfirm={() => {
            setOpen(null);
            remove.mutate({ id: objective.id });
          }}
        />
      )}
    </>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <Stack component="section" aria-labelledby={id} sx={{ gap: 1 }}>
      <Typography id={id} variant="h3" component="h3">
        {title}
      </Typography>
      {children}
    </Stack>
  );
}

function LinkedList({ empty, children }: { empty: string; children: ReactNode[] }) {
  if (children.length === 0) return <Typography color="text.secondary">{empty}</Typography>;
  return (
    <Stack component="ul" sx={{ listStyle: 'none', m: 0, p: 0, gap: 1 }}>
      {children}
    </Stack>
  );
}

function LinkedRow({ action, children }: { action: ReactNode; children: ReactNode }) {
  return (
    <Stack component="li" direction="row" sx={{ gap: 1, alignItems: 'flex-start' }}>
      <Stack sx={{ flex: 1, minWidth: 0 }}>{children}</Stack>
      {action}
    </Stack>
  );
}
