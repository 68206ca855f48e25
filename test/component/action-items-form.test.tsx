import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ActionItem } from '../../shared/contract';
import { ActionItemFormDialog } from '../../renderer/features/actions/ActionItemFormDialog';
import { answerChannels, callsTo, failWith, renderWithProviders } from './support/host';
import { anaOption, pickFrom } from './support/pickSamples';
import { anaMunoz, giveElementsASize } from './support/directorySamples';
import { actionItem, planningMeetingId, screeningProtocol } from './support/actionItemSamples';

vi.mock('../../renderer/api', () => import('./support/apiMock'));
giveElementsASize();

const agendaItemId = '0198f2c4-0000-7000-8000-00000000e001';

function openDialog(props: { item?: ActionItem; source?: { meetingId: string; agendaItemId: string | null } }) {
  const onClose = vi.fn();
  renderWithProviders(<ActionItemFormDialog open onClose={onClose} {...props} />);
  return { user: userEvent.setup(), onClose };
}

describe('the action item form', () => {
  it('creates an item linked to the meeting and agenda item it was captured at', async () => {
    answerChannels({
      'directory.pickMembers': pickFrom([anaOption]),
      'actions.create': (input) => actionItem({ id: screeningProtocol.id, title: input.title }),
    });
    const { user, onClose } = openDialog({ source: { meetingId: planningMeetingId, agendaItemId } });
    const dialog = await screen.findByRole('dialog', { name: 'Add action item' });

    await user.type(within(dialog).getByLabelText('Title'), 'Draft the screening protocol');
    await user.type(within(dialog).getByLabelText('Details'), 'With the shelter staff');
    await user.click(within(dialog).getByRole('combobox', { name: 'Owner' }));
    await user.click(await screen.findByRole('option', { name: /Ana Muñoz/ }));
    await user.type(within(dialog).getByLabelText('Due date'), '2026-04-01');
    await user.selectOptions(within(dialog).getByLabelText('Priority'), 'high');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(callsTo('actions.create')).toEqual([
      {
        title: 'Draft the screening protocol',
        details: 'With the shelter staff',
        ownerId: anaMunoz.id,
        dueOn: '2026-04-01',
        priority: 'high',
        status: 'open',
        sourceMeetingId: planningMeetingId,
        sourceAgendaItemId: agendaItemId,
      },
    ]);
  });

  it('edits through actions.update without touching the status', async () => {
    answerChannels({ 'directory.pickMembers': pickFrom([anaOption]), 'actions.update': (input) => ({ ...screeningProtocol, ...input }) });
    const { user, onClose } = openDialog({ item: screeningProtocol });
    const dialog = await screen.findByRole('dialog', { name: 'Edit action item' });
    expect(within(dialog).queryByLabelText('Status')).toBeNull();

    await user.clear(within(dialog).getByLabelText('Due date'));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(callsTo('actions.update')).toEqual([
      { id: screeningProtocol.id, title: screeningProtocol.title, details: '', ownerId: anaMunoz.id, dueOn: null, priority: 'normal' },
    ]);
  });

  it('shows what is missing and the host’s field errors next to their fields', async () => {
    answerChannels({
      'directory.pickMembers': pickFrom([anaOption]),
      'actions.create': () =>
        failWith({
          code: 'VALIDATION',
          message: 'Check the highlighted fields.',
          fieldErrors: { ownerId: ['This member is archived: choose someone active.'] },
        }),
    });
    const { user, onClose } = openDialog({});
    const dialog = await screen.findByRole('dialog', { name: 'Add action item' });

    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(within(dialog).getByText('Title is required.')).toBeTruthy();
    expect(callsTo('actions.create')).toEqual([]);

    await user.type(within(dialog).getByLabelText('Title'), 'Call the shelter');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByText('This member is archived: choose someone active.')).toBeTruthy();
    expect(onClose).not.toHaveBeenCalled();
  });
});
