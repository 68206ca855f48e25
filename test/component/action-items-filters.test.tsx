import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import type { ChannelInput } from '../../shared/contract';
import { ActionItemsPage } from '../../renderer/features/actions/ActionItemsPage';
import { answerChannels, callsTo, renderWithProviders } from './support/host';
import { anaMunoz, giveElementsASize, laneChildWelfare } from './support/directorySamples';
import { preferences, queryResult, screeningProtocol, shelterList } from './support/actionItemSamples';
import { LocationProbe } from './support/LocationProbe';
import { anaOption, pickFrom, welfareOption } from './support/pickSamples';

vi.mock('../../renderer/api', () => import('./support/apiMock'));
giveElementsASize();

type Query = ChannelInput<'actions.query'>;

function openPage(url: string, answer: (query: Query) => ReturnType<typeof queryResult> = () => queryResult([screeningProtocol, shelterList])) {
  answerChannels({
    'actions.query': answer,
    'preferences.get': () => preferences(),
    'directory.pickMembers': pickFrom([anaOption]),
    'directory.pickOrganizations': pickFrom([welfareOption]),
    'workgroups.list': () => [],
    'meetings.list': () => [],
  });
  renderWithProviders(
    <MemoryRouter initialEntries={[url]}>
      <ActionItemsPage />
      <LocationProbe />
    </MemoryRouter>,
  );
  return userEvent.setup();
}

const lastQuery = () => callsTo('actions.query').at(-1) as Query;
const location = () => screen.getByRole('status', { name: 'Current location' }).textContent;

describe('filtering action items', () => {
  it('asks for what the URL says, a page of 100 at a time, soonest due first', async () => {
    openPage(`/actions?status=open,blocked&owner=${anaMunoz.id}&overdue=1`);
    expect(await screen.findByText('Draft the screening protocol', {}, { timeout: 5000 })).toBeTruthy();
    // The owner picker shows the chosen member's name, asked for by id: no list of every member is loaded.
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Owner' })).toHaveProperty('value', 'Ana Muñoz'));
    expect(callsTo('directory.listMembers')).toEqual([]);
    expect(callsTo('directory.listOrganizations')).toEqual([]);
    expect(lastQuery()).toEqual(
      expect.objectContaining({
        statuses: ['open', 'blocked'],
        ownerId: anaMunoz.id,
        overdue: true,
        dueThisWeek: false,
        organizationId: null,
        text: '',
        groupBy: 'none',
        mineFirst: null,
        sort: { field: 'dueOn', direction: 'asc' },
        offset: 0,
        limit: 100,
      }),
    );
  });

  it('puts each filter into the query and the URL', async () => {
    const user = openPage('/actions');
    await screen.findByText('Draft the screening protocol', {}, { timeout: 5000 });

    await user.type(screen.getByRole('combobox', { name: 'Organization' }), 'lane');
    await waitFor(() => expect(callsTo('directory.pickOrganizations').at(-1)).toEqual(expect.objectContaining({ query: 'lane', limit: 20 })));
    await user.click(await screen.findByRole('option', { name: 'Lane County Child Welfare' }));
    await user.click(screen.getByRole('switch', { name: 'Due this week' }));
    await user.selectOptions(screen.getByLabelText('Sector'), 'child-welfare');

    await waitFor(() =>
      expect(lastQuery()).toEqual(expect.objectContaining({ organizationId: laneChildWelfare.id, dueThisWeek: true, sector: 'child-welfare' })),
    );
    expect(location()).toBe(`/actions?organization=${laneChildWelfare.id}&sector=child-welfare&week=1`);

    await user.type(screen.getByRole('searchbox', { name: 'Search action items' }), 'shelter');
    await waitFor(() => expect(lastQuery().text).toBe('shelter'));
    expect(location()).toContain('q=shelter');
  }, 45_000);

  it('groups by owner, lists the groups, and narrows to the one clicked', async () => {
    const user = openPage('/actions', (query) =>
      queryResult(
        [screeningProtocol, shelterList],
        query.groupBy === 'owner'
          ? [
              { key: anaMunoz.id, label: 'Ana Muñoz', count: 2, overdue: 1 },
              { key: null, label: 'No owner', count: 1, overdue: 0 },
            ]
          : [],
      ),
    );
    await screen.findByText('Draft the screening protocol', {}, { timeout: 5000 });

    await user.selectOptions(screen.getByLabelText('Group by'), 'owner');
    await waitFor(() => expect(lastQuery().groupBy).toBe('owner'));
    const groups = await screen.findByRole('region', { name: 'By owner' });
    expect(within(groups).getByText('No owner: 1')).toBeTruthy();
    expect(screen.getByRole('columnheader', { name: 'Owner (group)' })).toBeTruthy();

    await user.click(within(groups).getByRole('button', { name: 'Show only Ana Muñoz: 2, 1 overdue' }));
    await waitFor(() => expect(lastQuery()).toEqual(expect.objectContaining({ groupBy: 'owner', ownerId: anaMunoz.id })));
    expect(location()).toBe(`/actions?owner=${anaMunoz.id}&group=owner`);
  });

  it('says when nothing matches and clears the filters on request', async () => {
    const user = openPage('/actions?overdue=1&q=zzz', (query) => queryResult(query.overdue ? [] : [shelterList]));
    expect(await screen.findByRole('heading', { name: 'Nothing matches these filters' })).toBeTruthy();

    await user.click(
      within(screen.getByRole('heading', { name: 'Nothing matches these filters' }).parentElement!).getByRole('button', { name: 'Clear filters' }),
    );
    expect(await screen.findByText('Share the shelter bed list')).toBeTruthy();
    expect(location()).toBe('/actions');
    await waitFor(() => expect(lastQuery()).toEqual(expect.objectContaining({ overdue: false, text: '' })));
  });

  it('says when there are no action items at all', async () => {
    openPage('/actions', () => queryResult([]));
    expect(await screen.findByRole('heading', { name: 'No action items yet' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Clear filters' })).toBeNull();
  });
});

describe('paging and sorting', () => {
  it('asks the host for the next hundred from where the page ended, and for another order', async () => {
    const user = openPage('/actions', (query) => ({
      ...queryResult([screeningProtocol, shelterList]),
      total: 1500,
      rows: query.after ? [shelterList] : [screeningProtocol],
      next: query.after ? 'cursor-of-page-2' : 'cursor-of-page-1',
    }));
    await screen.findByText('Draft the screening protocol', {}, { timeout: 5000 });

    await user.click(screen.getByRole('button', { name: 'Go to next page' }));
    expect(await screen.findByText('Share the shelter bed list')).toBeTruthy();
    expect(lastQuery()).toEqual(expect.objectContaining({ after: 'cursor-of-page-1', limit: 100 }));
    await user.click(screen.getByRole('button', { name: 'Go to previous page' }));
    expect(await screen.findByText('Draft the screening protocol')).toBeTruthy();
    expect(callsTo('actions.query').every((query) => (query as Query).offset === 0 || (query as Query).after)).toBe(true);

    await user.click(screen.getByRole('columnheader', { name: 'Title' }));
    await waitFor(() => expect(lastQuery()).toEqual(expect.objectContaining({ sort: { field: 'title', direction: 'asc' }, offset: 0 })));
  });
});
