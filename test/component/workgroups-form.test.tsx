import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { WorkgroupsPage } from '../../renderer/features/workgroups/WorkgroupsPage';
import { answerChannels, callsTo, failWith, renderWithProviders } from './support/host';
import { anaMunoz, protectedAdvisor } from './support/directorySamples';
import { protocolsWorkgroup } from './support/meetingPlanningSamples';
import { advisorOption, anaOption, pickFrom } from './support/pickSamples';

vi.mock('../../renderer/api', () => import('./support/apiMock'));

describe('workgroups', () => {
  it('invites to add the first workgroup when there is none', async () => {
    answerChannels({ 'workgroups.list': () => [] });
    renderWithProviders(<WorkgroupsPage />);
    expect(await screen.findByRole('heading', { name: 'No workgroups yet' })).toBeTruthy();
  });

  it('adds a workgroup with its chair among its members, picked by shown name', async () => {
    answerChannels({
      'workgroups.list': () => [],
      'directory.pickMembers': pickFrom([anaOption, advisorOption]),
      'workgroups.create': (input) => ({ ...protocolsWorkgroup, name: input.name }),
    });
    renderWithProviders(<WorkgroupsPage />);
    const user = userEvent.setup();
    await user.click((await screen.findAllByRole('button', { name: 'Add workgroup' }))[0]!);
    const dialog = await screen.findByRole('dialog', { name: 'Add workgroup' });

    await user.type(within(dialog).getByLabelText('Name'), 'Youth voice');
    await user.click(within(dialog).getByLabelText('Chair'));
    await user.click(await screen.findByRole('option', { name: /J\. \(youth advisor\)/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    await waitFor(() =>
      expect(callsTo('workgroups.create')).toEqual([{ name: 'Youth voice', description: '', chairId: protectedAdvisor.id, memberIds: [protectedAdvisor.id] }]),
    );
  });

  it('shows the host’s field errors next to the field', async () => {
    answerChannels({
      'workgroups.list': () => [protocolsWorkgroup],
      'directory.pickMembers': pickFrom([anaOption]),
      'workgroups.update': () =>
        failWith({ code: 'VALIDATION', message: 'Check the highlighted fields.', fieldErrors: { name: ['A workgroup with this name already exists.'] } }),
    });
    renderWithProviders(<WorkgroupsPage />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Edit Protocols' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit workgroup' });
    expect(within(dialog).getByLabelText('Name')).toHaveProperty('value', 'Protocols');

    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(await within(dialog).findByText('A workgroup with this name already exists.')).toBeTruthy();
    expect(callsTo('workgroups.update')).toEqual([expect.objectContaining({ id: protocolsWorkgroup.id, chairId: anaMunoz.id, memberIds: [anaMunoz.id] })]);
  });

  it('archives a workgroup only after saying what that means', async () => {
    answerChannels({
      'workgroups.list': () => [protocolsWorkgroup],
      'workgroups.archive': () => ({ ...protocolsWorkgroup, archivedAt: '2026-12-01T00:00:00.000Z' }),
    });
    renderWithProviders(<WorkgroupsPage />);
    const user = userEvent.setup();
    await user.click(within(await screen.findByRole('article', { name: 'Protocols' })).getByRole('button', { name: 'Archive' }));
    const dialog = await screen.findByRole('dialog', { name: 'Archive Protocols?' });
    expect(callsTo('workgroups.archive')).toEqual([]);

    await user.click(within(dialog).getByRole('button', { name: 'Archive' }));
    await waitFor(() => expect(callsTo('workgroups.archive')).toEqual([{ id: protocolsWorkgroup.id }]));
  });
});
