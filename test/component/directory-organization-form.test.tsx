import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { OrganizationsPage } from '../../renderer/features/directory/organizations/OrganizationsPage';
import { answerChannels, callsTo, failWith, renderWithProviders } from './support/host';
import { giveElementsASize, laneChildWelfare } from './support/directorySamples';

vi.mock('../../renderer/api', () => import('./support/apiMock'));
giveElementsASize();

async function openAddDialog() {
  renderWithProviders(
    <MemoryRouter>
      <OrganizationsPage />
    </MemoryRouter>,
  );
  await screen.findByRole('heading', { level: 1, name: 'Organizations' });
  const user = userEvent.setup();
  await user.click(screen.getByRole('button', { name: 'Add organization' }));
  return { user, dialog: await screen.findByRole('dialog', { name: 'Add organization' }) };
}

describe('adding an organization', () => {
  it('names every missing field next to it and sends nothing', async () => {
    answerChannels({ 'directory.queryOrganizations': () => ({ rows: [], total: 0 }) });
    const { user, dialog } = await openAddDialog();

    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(within(dialog).getByLabelText('Name')).toHaveProperty('ariaInvalid', 'true');
    expect(within(dialog).getByText('Name is required.')).toBeTruthy();
    expect(within(dialog).getByText('Choose a sector.')).toBeTruthy();
    expect(within(dialog).getByText('Choose a kind of organization.')).toBeTruthy();
    expect(within(dialog).getByText('Choose how involved the organization is.')).toBeTruthy();
    expect(callsTo('directory.createOrganization')).toEqual([]);
  });

  it('asks for a sector label only when the sector is Other', async () => {
    answerChannels({ 'directory.queryOrganizations': () => ({ rows: [], total: 0 }) });
    const { user, dialog } = await openAddDialog();
    expect(within(dialog).queryByLabelText('Sector label')).toBeNull();

    await user.selectOptions(within(dialog).getByLabelText('Sector'), 'other');
    expect(within(dialog).getByLabelText('Sector label')).toBeTruthy();

    await user.selectOptions(within(dialog).getByLabelText('Sector'), 'child-welfare');
    expect(within(dialog).queryByLabelText('Sector label')).toBeNull();
  });

  it('shows the host’s field errors inline and keeps the dialog open', async () => {
    answerChannels({
      'directory.queryOrganizations': () => ({ rows: [], total: 0 }),
      'directory.createOrganization': () =>
        failWith({
          code: 'VALIDATION',
          message: 'Check the highlighted fields.',
          fieldErrors: { name: ['An organization with this name is already in the directory.'] },
        }),
    });
    const { user, dialog } = await openAddDialog();

    await user.type(within(dialog).getByLabelText('Name'), laneChildWelfare.name);
    await user.selectOptions(within(dialog).getByLabelText('Sector'), 'child-welfare');
    await user.selectOptions(within(dialog).getByLabelText('Kind'), 'public-agency');
    await user.selectOptions(within(dialog).getByLabelText('Involvement'), 'core');
    await user.click(within(dialog).getByLabelText('Works with vulnerable youth'));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(await within(dialog).findByText('An organization with this name is already in the directory.')).toBeTruthy();
    expect(callsTo('directory.createOrganization')).toEqual([
      expect.objectContaining({
        name: laneChildWelfare.name,
        sector: 'child-welfare',
        kind: 'public-agency',
        involvement: 'core',
        qualities: { vulnerableYouth: true, traffickingExpertise: false, traumaInformed: false },
        joinedOn: null,
      }),
    ]);
    await waitFor(() => expect(screen.getByRole('dialog', { name: 'Add organization' })).toBeTruthy());
  });
});
