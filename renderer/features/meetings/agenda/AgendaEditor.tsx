import { DndContext, KeyboardSensor, PointerSensor, closestCenter, useSensor, useSensors, type Announcements, type DragEndEvent } from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from '@dnd-kit/sortable';
import Add from '@mui/icons-material/Add';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { AgendaItem, MeetingDetail } from '../../../../shared/contract';
import { useMeetingChange } from '../../../components/meetings/meetingQueries';
import { useNotify } from '../../../components/notifications/NotificationContext';
import { ConfirmArchiveDialog } from '../../directory/ConfirmArchiveDialog';
import { isRecordLocked, lockedExplanation } from '../../../components/meetings/meetingRecordLock';
import { AgendaItemDialog } from './AgendaItemDialog';
import { AgendaItemRow } from './AgendaItemRow';
import { AgendaTotal } from './AgendaTotal';
import { useAgendaOrder } from './useAgendaOrder';
import { AddReviewItemButton } from '../../agendaReviews/AddReviewItemButton';

type Dialog = { kind: 'add' } | { kind: 'edit'; item: AgendaItem } | { kind: 'remove'; item: AgendaItem } | null;

/**
 * The meeting's agenda: numbered items with their timeboxes against the meeting's length. Reorder by dragging the
 * handle, by keyboard on the handle (Space, arrows, Space), or with the Move up / Move down buttons.
 */
export function AgendaEditor({ detail }: { detail: MeetingDetail }) {
  const { meeting } = detail;
  const locked = isRecordLocked(detail);
  const order = useAgendaOrder(meeting.id, detail.agenda);
  const [dialog, setDialog] = useState<Dialog>(null);
  const { notify, notifyError } = useNotify();
  const remove = useMeetingChange('agenda.removeItem', {
    onSuccess: () => {
      notify('Agenda item removed.', 'success');
      setDialog(null);
    },
    onError: notifyError,
  });
  const sensors = useSensors(useSensor(PointerSensor), useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }));
  const { items } = order;
  const indexOf = (id: unknown) => items.findIndex((item) => item.id === id);
  const titleOf = (id: unknown) => items[indexOf(id)]?.title ?? 'the item';
  const announcements: Announcements = {
    onDragStart: ({ active }) => `Picked up "${titleOf(active.id)}", number ${indexOf(active.id) + 1} of ${items.length}.`,
    onDragOver: ({ active, over }) => (over ? `"${titleOf(active.id)}" is now at number ${indexOf(over.id) + 1}.` : undefined),
    onDragEnd: ({ active, over }) => (over ? `"${titleOf(active.id)}" dropped at number ${indexOf(over.id) + 1}.` : `"${titleOf(active.id)}" dropped.`),
    onDragCancel: ({ active }) => `Moving "${titleOf(active.id)}" was cancelled.`,
  };
  const dragEnd = ({ active, over }: DragEndEvent) => {
    if (over) order.move(indexOf(active.id), indexOf(over.id));
  };

  return (
    <Stack sx={{ gap: 2 }}>
      <Stack direction="row" sx={{ gap: 2, justifyContent: 'space-between', alignItems: 'center', flexWrap: 'wrap' }}>
        <AgendaTotal plannedMinutes={items.reduce((sum, item) => sum + item.timeboxMinutes, 0)} durationMinutes={meeting.durationMinutes} />
        {!locked && (
          <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap' }}>
            <AddReviewItemButton meetingId={meeting.id} />
            <Button variant="outlined" startIcon={<Add />} onClick={() => setDialog({ kind: 'add' })}>
              Add agenda item
            </Button>
          </Stack>
        )}
      </Stack>
      {locked && <Alert severity="info">{lockedExplanation(detail)}</Alert>}
      {items.length === 0 ? (
        <Typography color="text.secondary">The agenda is empty. Add the first item, or plan the next meeting from a template.</Typography>
      ) : (
        <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={dragEnd} accessibility={{ announcements }}>
          <SortableContext items={items.map((item) => item.id)} strategy={verticalListSortingStrategy}>
            <Box component="ol" aria-label="Agenda" sx={{ m: 0, p: 0, border: 1, borderColor: 'divider', borderRadius: 1, overflow: 'hidden' }}>
              {items.map((item, index) => (
                <AgendaItemRow
                  key={item.id}
                  item={item}
                  number={index + 1}
                  timeZone={meeting.timeZone}
                  editing={
                    locked
                      ? undefined
                      : {
                          isFirst: index === 0,
                          isLast: index === items.length - 1,
                          onMove: (step) => order.move(index, index + step),
                          onEdit: () => setDialog({ kind: 'edit', item }),
                          onRemove: () => setDialog({ kind: 'remove', item }),
                        }
                  }
                />
              ))}
            </Box>
          </SortableContext>
        </DndContext>
      )}
      {dialog?.kind === 'add' && <AgendaItemDialog meetingId={meeting.id} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'edit' && <AgendaItemDialog meetingId={meeting.id} item={dialog.item} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'remove' && (
        <ConfirmArchiveDialog
          title={`Remove "${dialog.item.title}"?`}
          explanation={
            dialog.item.notesHtml
              ? 'The item has notes. Removing it removes its notes from the minutes too.'
              : 'The item leaves the agenda. You can add it again later.'
          }
          confirmLabel="Remove"
          busy={remove.isPending}
          onCancel={() => setDialog(null)}
          onConfirm={() => remove.mutate({ id: dialog.item.id })}
        />
      )}
    </Stack>
  );
}
