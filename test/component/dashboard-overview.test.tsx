import { screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import type { Decision, MeetingSummary } from '../../shared/contract';
import { DashboardPage } from '../../renderer/features/dashboard/DashboardPage';
import { answerChannels, renderWithProviders, sampleDetails } from './support/host';
import { laneChildWelfare } from './support/directorySamples';
import { planningMeetingId } from './support/actionItemSamples';

vi.mock('../../renderer/api', () => import('./support/apiMock'));

const aprilMeeting: MeetingSummary = {
  id: planningMeetingId,
  title: 'April coalition meeting',
  kind: 'full-coalition',
  workgroupId: null,
  startsAt: '2099-04-07T14:00',
  timeZone: 'America/Chicago',
  durationMinutes: 90,
  location: 'County building, room 2',
  videoLink: '',
  facilitatorId: null,
  noteTakerId: null,
  status: 'planned',
  startsAtUtc: '2099-04-07T19:00:00.000Z',
  seriesId: null,
  seriesIndex: null,
  workgroupName: null,
  facilitatorName: null,
  noteTakerName: null,
  agendaItemCount: 4,
  attendeeCount: 20,
  approvedOn: null,
  cancelledReason: null,
  createdAt: '2026-03-04T15:00:00.000Z',
  updatedAt: '2026-03-04T15:00:00.000Z',
};

const protocolDecision: Decision = {
  id: '0198f2c4-0000-7000-8000-00000000f001',
  meetingId: planningMeetingId,
  meetingTitle: 'March coalition meeting',
  meetingStartsAt: '2026-03-04T14:00',
  agendaItemId: null,
  agendaItemTitle: null,
  text: 'Adopt the runaway-youth locating protocol',
  motion: null,
  outcome: 'adopted',
  createdAt: '2026-03-04T15:00:00.000Z',
};

function openDashboard(empty = false) {
  answerChannels({
    'workspace.details': () => sampleDetails,
    'meetings.list': () => (empty ? [] : [aprilMeeting]),
    'decisions.recent': () => (empty ? [] : [protocolDecision]),
    'protocols.reviews': () => ({ today: '2026-03-04', items: [], overdue: 0, due: 0 }),
    'actions.counts': () =>
      empty
        ? { open: 0, overdue: 0, dueSoon: 0, byOrganization: [] }
        : {
            open: 12,
            overdue: 3,
            dueSoon: 5,
            byOrganization: [{ organizationId: laneChildWelfare.id, organizationName: laneChildWelfare.name, open: 7, overdue: 2 }],
          },
  });
  renderWithProviders(
    <MemoryRouter>
      <DashboardPage />
    </MemoryRouter>,
  );
}

const hrefOf = (link: HTMLElement) => link.getAttribute('href');

describe('the dashboard', () => {
  it('counts open, overdue and due-soon items, each a link to the filtered list', async () => {
    openDashboard();
    const card = await screen.findByRole('region', { name: 'Action items' });
    expect(hrefOf(await within(card).findByRole('link', { name: '12 open' }))).toBe('/actions?status=open%2Cin-progress%2Cblocked');
    expect(hrefOf(within(card).getByRole('link', { name: '3 overdue' }))).toBe('/actions?status=open%2Cin-progress%2Cblocked&overdue=1');
    expect(within(card).getByRole('link', { name: '5 due within 7 days' })).toBeTruthy();

    const table = within(card).getByRole('table', { name: 'Open and overdue action items by organization' });
    expect(hrefOf(within(table).getByRole('link', { name: `Overdue items of ${laneChildWelfare.name}: 2` }))).toBe(
      `/actions?status=open%2Cin-progress%2Cblocked&organization=${laneChildWelfare.id}&overdue=1`,
    );
  });

  it('shows the next meeting with its time zone, and recent decisions linked to their meeting', async () => {
    openDashboard();
    const next = await screen.findByRole('region', { name: 'Next meeting' });
    expect(await within(next).findByText('April coalition meeting')).toBeTruthy();
    expect(within(next).getByText(/\(America\/Chicago\)/)).toBeTruthy();
    expect(hrefOf(within(next).getByRole('link', { name: 'Open April coalition meeting' }))).toBe(`/meetings/${planningMeetingId}`);

    const decisions = screen.getByRole('region', { name: 'Recent decisions' });
    expect(await within(decisions).findByText('Adopt the runaway-youth locating protocol')).toBeTruthy();
    expect(within(decisions).getByText(/Adopted/)).toBeTruthy();
    expect(hrefOf(within(decisions).getByRole('link', { name: /March coalition meeting/ }))).toBe(`/meetings/${planningMeetingId}`);
  });

  it('stays calm when there is nothing yet', async () => {
    openDashboard(true);
    expect(await screen.findByText(/No meeting is planned/)).toBeTruthy();
    expect(await screen.findByText(/No open action items/)).toBeTruthy();
    expect(await screen.findByText(/No decisions recorded yet/)).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
