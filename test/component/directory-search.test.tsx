import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../../renderer/App';
import { answerChannels, callsTo, renderWithProviders, sampleDetails, sampleWorkspace, unlockedStatus } from './support/host';
import { anaMunoz, giveElementsASize, laneChildWelfare } from './support/directorySamples';

vi.mock('../../renderer/api', () => import('./support/apiMock'));
giveElementsASize();

async function openWorkspace(results: () => unknown[]) {
  answerChannels({
    'app.status': () => unlockedStatus(),
    'workspace.details': () => sampleDetails,
    'search.global': results as never,
    'directory.getMember': () => ({ member: anaMunoz, organization: laneChildWelfare, history: [] }),
  });
  renderWithProviders(<App />);
  await screen.findByRole('heading', { level: 1, name: sampleWorkspace.name });
}

describe('searching the directory from the top bar', () => {
  it('highlights what matched and opens the chosen member', async () => {
    await openWorkspace(() => [
      { kind: 'member', id: anaMunoz.id, title: 'Ana Muñoz', subtitle: laneChildWelfare.name, snippet: 'Ana \u0002Muñoz\u0003, program manager' },
    ]);
    const user = userEvent.setup();
    await user.keyboard('{Control>}k{/Control}');
    expect(document.activeElement).toBe(screen.getByRole('combobox', { name: 'Search everything' }));

    await user.keyboard('munoz');
    // Searches wait for a pause in typing; a slow machine may pause before the last letter too.
    await waitFor(() => expect(callsTo('search.global').at(-1)).toEqual({ query: 'munoz', limit: 20 }));
    const option = await screen.findByRole('option', { name: /Ana Muñoz/ });
    expect(option.querySelector('mark')?.textContent).toBe('Muñoz');

    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { level: 1, name: 'Ana Muñoz' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Members' }).getAttribute('aria-current')).toBe('page');
  });

  it('names where a meeting hit lives once, and highlights a title the snippet only repeats', async () => {
    const meetingId = '0198f2c4-0000-7000-8000-00000000a001';
    await openWorkspace(() => [
      {
        kind: 'agenda-item',
        id: '0198f2c4-0000-7000-8000-00000000a002',
        title: 'Adopt the screening tool',
        subtitle: 'Agenda item · Monthly meeting · Dec 6, 2026',
        snippet: 'Adopt the \u0002screening\u0003 tool',
        meetingId,
      },
      {
        kind: 'decision',
        id: '0198f2c4-0000-7000-8000-00000000a003',
        title: 'Use the rapid screening tool',
        subtitle: 'Decision · Monthly meeting',
        snippet: 'Use the rapid \u0002screening\u0003 tool',
        meetingId,
      },
    ]);
    await userEvent.setup().type(screen.getByRole('combobox', { name: 'Search everything' }), 'screening');
    const item = await screen.findByRole('option', { name: /Adopt the screening tool/ });
    expect(item.textContent).toBe('Adopt the screening toolAgenda item · Monthly meeting · Dec 6, 2026');
    expect(item.querySelector('mark')?.textContent).toBe('screening');
    expect(screen.getByRole('option', { name: /rapid screening/ }).textContent).toContain('Decision · Monthly meeting');
    expect(screen.getByRole('option', { name: /rapid screening/ }).textContent).not.toContain('Decision · Decision');
  });

  it('says so when nothing matches', async () => {
    await openWorkspace(() => []);
    await userEvent.setup().type(screen.getByRole('combobox', { name: 'Search everything' }), 'zzz');
    expect(await screen.findByText('Nothing found')).toBeTruthy();
  });
});
