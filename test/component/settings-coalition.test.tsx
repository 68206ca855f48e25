import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../../renderer/App';
import { answerChannels, callsTo, renderWithProviders, sampleDetails, sampleWorkspace, unlockedStatus } from './support/host';

vi.mock('../../renderer/api', () => import('./support/apiMock'));

const renamed = {
  ...sampleWorkspace,
  name: 'Lane County Youth Safety Coalition',
  jurisdiction: { ...sampleWorkspace.jurisdiction, region: 'Lane and Linn Counties' },
};

async function openCoalitionCard() {
  answerChannels({
    'app.status': () => unlockedStatus(),
    'workspace.details': () => sampleDetails,
    'settings.setCoalitionDetails': () => renamed,
  });
  renderWithProviders(<App />);
  await screen.findByRole('heading', { level: 1, name: sampleWorkspace.name });
  const user = userEvent.setup();
  await user.click(screen.getByRole('link', { name: 'Settings' }));
  const form = await screen.findByRole('form', { name: 'Coalition details' });
  return { user, form: within(form) };
}

describe('the coalition card in Settings', () => {
  it('saves a new name and region, and the top bar shows the new name', async () => {
    const { user, form } = await openCoalitionCard();
    const name = form.getByLabelText('Coalition name');
    expect((name as HTMLInputElement).value).toBe(sampleWorkspace.name);
    // Typed text set in one go: jsdom types a long name slowly, and key by key adds nothing here.
    fireEvent.change(name, { target: { value: renamed.name } });
    fireEvent.change(form.getByLabelText('County or region'), { target: { value: renamed.jurisdiction.region } });
    await user.click(form.getByRole('button', { name: 'Save coalition details' }));

    await waitFor(() => expect(callsTo('settings.setCoalitionDetails')).toEqual([{ name: renamed.name, jurisdiction: renamed.jurisdiction }]));
    expect(await screen.findByText('Coalition details saved.')).toBeTruthy();
    expect(screen.getByRole('banner').textContent).toContain(renamed.name);
  });

  it('says what is wrong with an empty name, beside the field, and sends nothing', async () => {
    const { user, form } = await openCoalitionCard();
    await user.clear(form.getByLabelText('Coalition name'));
    await user.click(form.getByRole('button', { name: 'Save coalition details' }));

    expect(await form.findByText('Coalition name is required.')).toBeTruthy();
    expect(callsTo('settings.setCoalitionDetails')).toEqual([]);
  });
});
