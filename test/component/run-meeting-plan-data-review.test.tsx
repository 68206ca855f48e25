import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import type { DataReview, Objective, PlanReview } from '../../shared/contract';
import { runMeetingPath } from '../../renderer/components/meetings/meetingPaths';
import { RunMeetingPage } from '../../renderer/features/runMeeting/RunMeetingPage';
import { agendaItem, meetingDetail } from './support/meetingPlanningSamples';
import { answerChannels, callsTo, renderWithProviders } from './support/host';

vi.mock('../../renderer/api', () => import('./support/apiMock'));

const planItem = agendaItem(1, { title: 'Plan review', role: 'plan-review' });
const dataItem = agendaItem(2, { title: 'Data review', role: 'data-review' });

function objective(id: string, title: string, overrides: Partial<Objective> = {}): Objective {
  return {
    id,
    goalId: '0198f2c4-0000-7000-8000-00000000a001',
    title,
    owner: null,
    measure: 'Shelters trained',
    baseline: 0,
    target: 12,
    targetDate: null,
    status: 'on-track',
    progressMode: 'manual',
    progress: { share: null, latestValue: null, latestOn: null, linkedDone: 0, linkedCounted: 0 },
    figures: null,
    overdue: false,
    linkedActionItems: 0,
    linkedDecisions: 0,
    updatedAt: '2026-03-01T00:00:00.000Z',
    ...overrides,
  };
}

const atRisk = objective('0198f2c4-0000-7000-8000-00000000b001', 'Screen every return from care', { status: 'at-risk' });
const onTrack = objective('0198f2c4-0000-7000-8000-00000000b002', 'Train every shelter');
const planReview: PlanReview = {
  itemId: planItem.id,
  editable: true,
  recordedOn: '2026-03-12',
  objectives: [
    { objective: atRisk, goalTitle: 'Youth are found fast', needsAttention: true, updatesHere: [] },
    { objective: onTrack, goalTitle: 'Youth are found fast', needsAttention: false, updatesHere: [] },
  ],
};
const dataReview: DataReview = {
  itemId: dataItem.id,
  editable: true,
  choice: { periodKind: 'monthly', from: '2026-01', to: '2026-02', measureIds: ['0198f2c4-0000-7000-8000-00000000c001'] },
  snapshot: {
    periodKind: 'monthly',
    threshold: 10,
    periods: [
      { id: '2026-01', label: 'January 2026' },
      { id: '2026-02', label: 'February 2026' },
    ],
    measures: [{ id: '0198f2c4-0000-7000-8000-00000000c001', name: 'Youth screened', unit: 'youth', definition: 'Screened with the county tool.' }],
    rows: [[{ value: 40, hidden: null, noFigures: false }], [{ value: null, hidden: 'small', noFigures: false }]],
    totals: [{ value: null, hidden: 'complementary', noFigures: false }],
    takenAt: '2026-03-12T18:00:00.000Z',
    takenBy: 'facilitator',
  },
};

function renderOn(currentId: string) {
  const detail = meetingDetail(
    { agenda: [planItem, dataItem], currentItem: { id: currentId, startedAt: new Date().toISOString() } },
    { status: 'in-progress' },
  );
  answerChannels({
    'meetings.get': () => detail,
    'agendaReviews.planReview': () => planReview,
    'agendaReviews.recordPlanUpdate': () => planReview,
    'agendaReviews.dataReview': () => dataReview,
    'agendaReviews.takeDataSnapshot': () => dataReview,
    'data.catalogue': () => ({ sets: [], measures: [] }),
  });
  renderWithProviders(
    <MemoryRouter initialEntries={[runMeetingPath(detail.meeting.id)]}>
      <Routes>
        <Route path="/meetings/:id/run" element={<RunMeetingPage />} />
      </Routes>
    </MemoryRouter>,
  );
}

describe('the "Plan review" item', () => {
  it('starts with the objective that needs attention and records an update for the one shown', async () => {
    renderOn(planItem.id);
    const user = userEvent.setup();
    const review = await screen.findByRole('region', { name: 'Plan review' });
    expect(within(review).getByRole('article', { name: atRisk.title })).toBeTruthy();
    expect(within(review).getByText('Objective 1 of 2')).toBeTruthy();
    await user.click(within(review).getByRole('button', { name: 'Next objective' }));
    const form = within(review).getByRole('form', { name: `Record an update for ${onTrack.title}` });
    await user.type(within(form).getByLabelText('Value counted (optional)'), '5');
    await user.type(within(form).getByLabelText('Note for the minutes'), 'Five shelters trained.');
    await user.click(within(form).getByRole('button', { name: 'Record update' }));
    await waitFor(() =>
      expect(callsTo('agendaReviews.recordPlanUpdate')).toEqual([
        { itemId: planItem.id, objectiveId: onTrack.id, status: 'on-track', value: 5, note: 'Five shelters trained.' },
      ]),
    );
  }, 45_000);
});

describe('the "Data review" item', () => {
  it('shows the snapshot as a table, small and complementary figures alike reading "hidden", and offers to take it again', async () => {
    renderOn(dataItem.id);
    const table = await screen.findByRole('table', { name: 'Data snapshot' });
    const rows = within(table)
      .getAllByRole('row')
      .map((row) => row.textContent);
    expect(rows).toEqual(['PeriodYouth screened (youth)', 'January 202640', 'February 2026hidden', 'Totalhidden']);
    expect(screen.getByRole('button', { name: 'Take the snapshot again' })).toBeTruthy();
  });
});
