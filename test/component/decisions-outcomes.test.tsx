import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Attendee, Decision } from '../../shared/contract';
import { MeetingOutcomes } from '../../renderer/features/decisions/MeetingOutcomes';
import { queryResult, screeningProtocol } from './support/actionItemSamples';
import { anaMunoz, protectedAdvisor } from './support/directorySamples';
import { agendaItem, meetingDetail } from './support/meetingPlanningSamples';
import { answerChannels, callsTo, renderWithProviders } from './support/host';

vi.mock('../../renderer/api', () => import('./support/apiMock'));

const protocolItem = agendaItem(2, { title: 'Runaway protocol draft' });
const attendee = (memberId: string, shownName: string, status: Attendee['status']): Attendee => ({
  id: `${memberId.slice(0, -4)}a${memberId.slice(-3)}`,
  meetingId: '0198f2c4-0000-7000-8000-000000000101',
  memberId,
  shownName,
  organizationId: null,
  organizationName: null,
  sector: null,
  votingMember: true,
  representativeRole: 'none',
  status,
  guest: false,
  substitute: null,
});
/** Ana is in the room, the youth advisor sent apologies; 12 voting members are present or represented. */
const base = meetingDetail(
  {
    agenda: [agendaItem(1), protocolItem],
    attendees: [attendee(anaMunoz.id, anaMunoz.shownName, 'present'), attendee(protectedAdvisor.id, protectedAdvisor.shownName, 'excused')],
    quorum: { rule: { kind: 'share', percent: 50 }, eligibleVoting: 20, presentVoting: 12, required: 10, met: true },
  },
  { status: 'in-progress' },
);
const adopted: Decision = {
  id: '0198f2c4-0000-7000-8000-0000000a0001',
  meetingId: base.meeting.id,
  meetingTitle: base.meeting.title,
  meetingStartsAt: base.meeting.startsAt,
  agendaItemId: protocolItem.id,
  agendaItemTitle: protocolItem.title,
  text: 'Trial the runaway protocol for three months.',
  motion: { movedById: anaMunoz.id, movedByName: anaMunoz.shownName, secondedById: null, secondedByName: null, votesFor: 9, votesAgainst: 2, votesAbstain: 1 },
  outcome: 'adopted',
  createdAt: '2026-12-08T20:30:00.000Z',
};

function renderOutcomes(detail = base) {
  answerChannels({
    'actions.query': () => queryResult([screeningProtocol]),
    'directory.listMembers': () => [protectedAdvisor, anaMunoz],
    'decisions.record': (input) => ({ ...adopted, ...input, motion: null }) as Decision,
    'decisions.remove': () => ({ done: true }),
  });
  renderWithProviders(<MeetingOutcomes detail={detail} />);
}

type User = ReturnType<typeof userEvent.setup>;

async function openDecisionDialog(user: User): Promise<HTMLElement> {
  await user.click(screen.getByRole('button', { name: 'Record decision' }));
  return screen.findByRole('dialog', { name: 'Record decision' });
}

async function saveAdoptedWithVotes(user: User, dialog: HTMLElement, votes: { for: number; against: number; abstained: number }): Promise<void> {
  await user.type(within(dialog).getByLabelText('For'), String(votes.for));
  await user.type(within(dialog).getByLabelText('Against'), String(votes.against));
  await user.type(within(dialog).getByLabelText('Abstained'), String(votes.abstained));
  await user.selectOptions(within(dialog).getByLabelText('Outcome'), 'adopted');
  await user.click(within(dialog).getByRole('button', { name: 'Save' }));
}

describe('recording a decision', () => {
  it('sends the motion, who moved it and the votes with the decision', async () => {
    renderOutcomes();
    const user = userEvent.setup();
    const dialog = await openDecisionDialog(user);
    await user.click(within(dialog).getByRole('textbox', { name: 'Decision' }));
    await user.paste('Adopt the training calendar.');
    await user.selectOptions(within(dialog).getByLabelText('Agenda item'), protocolItem.id);
    await user.click(within(dialog).getByLabelText('There was a motion and a vote'));
    await user.click(within(dialog).getByRole('combobox', { name: 'Moved by' }));
    await user.click(await screen.findByRole('option', { name: new RegExp(anaMunoz.shownName) }));
    await saveAdoptedWithVotes(user, dialog, { for: 9, against: 2, abstained: 1 });

    await waitFor(() =>
      expect(callsTo('decisions.record')).toEqual([
        {
          meetingId: base.meeting.id,
          agendaItemId: protocolItem.id,
          text: 'Adopt the training calendar.',
          outcome: 'adopted',
          motion: { movedById: anaMunoz.id, secondedById: null, votesFor: 9, votesAgainst: 2, votesAbstain: 1 },
        },
      ]),
    );
  });

  it('offers the people at the meeting first as mover and seconder, and shows the others as not present', async () => {
    renderOutcomes();
    const user = userEvent.setup();
    const dialog = await openDecisionDialog(user);
    await user.click(within(dialog).getByLabelText('There was a motion and a vote'));
    await user.click(within(dialog).getByRole('combobox', { name: 'Moved by' }));
    const options = within(await screen.findByRole('listbox')).getAllByRole('option');
    const nameOf = (option: HTMLElement) => [anaMunoz, protectedAdvisor].find((member) => option.textContent?.startsWith(member.shownName))?.shownName;
    expect(options.map((option) => [nameOf(option), option.getAttribute('aria-disabled')])).toEqual([
      [anaMunoz.shownName, 'false'],
      [protectedAdvisor.shownName, 'true'],
    ]);
    expect(screen.getByText('At the meeting')).toBeTruthy();
    expect(screen.getByText('Not marked present')).toBeTruthy();
    expect(within(dialog).getByText('12 voting members are present or represented.')).toBeTruthy();
  });

  it('refuses more votes than voting members present, saying how many are there, before sending anything', async () => {
    renderOutcomes();
    const user = userEvent.setup();
    const dialog = await openDecisionDialog(user);
    await user.click(within(dialog).getByRole('textbox', { name: 'Decision' }));
    await user.paste('Adopt the training calendar.');
    await user.click(within(dialog).getByLabelText('There was a motion and a vote'));
    await saveAdoptedWithVotes(user, dialog, { for: 9, against: 3, abstained: 1 });
    expect(
      within(dialog).getByText(
        'For, against and abstained add up to 13, but only 12 voting members are present or represented. Check the counts or the attendance.',
      ),
    ).toBeTruthy();
    expect(callsTo('decisions.record')).toEqual([]);
  });

  it('asks for the text and the outcome before sending anything', async () => {
    renderOutcomes();
    const user = userEvent.setup();
    const dialog = await openDecisionDialog(user);
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(within(dialog).getByText('Choose the outcome.')).toBeTruthy();
    expect(callsTo('decisions.record')).toEqual([]);
  });
});

describe('the outcomes of a meeting', () => {
  it('shows decisions with their motion and votes, the new action items and the updates given', async () => {
    renderOutcomes({
      ...base,
      decisions: [adopted],
      actionUpdates: [
        {
          actionItemId: screeningProtocol.id,
          actionItemTitle: 'Share the shelter bed list',
          at: '2026-12-08T20:40:00.000Z',
          fromStatus: 'open',
          toStatus: 'done',
          note: 'Posted on the portal',
        },
      ],
    });
    const decisions = screen.getByRole('region', { name: 'Decisions' });
    expect(within(decisions).getByText(`Moved by ${anaMunoz.shownName}. For 9, against 2, abstained 1.`)).toBeTruthy();
    expect(within(decisions).getByText('Adopted')).toBeTruthy();
    const items = screen.getByRole('region', { name: 'Action items from this meeting' });
    expect(await within(items).findByText(screeningProtocol.title)).toBeTruthy();
    expect(callsTo('actions.query')[0]).toMatchObject({ sourceMeetingId: base.meeting.id });
    const updates = screen.getByRole('region', { name: 'Updates given at this meeting' });
    expect(updates.textContent).toContain('Share the shelter bed list: Open → Done');
    expect(updates.textContent).toContain('Posted on the portal');
  });

  it('removes a decision only after confirmation', async () => {
    renderOutcomes({ ...base, decisions: [adopted] });
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Remove decision 1' }));
    const confirm = await screen.findByRole('dialog', { name: 'Remove this decision?' });
    expect(callsTo('decisions.remove')).toEqual([]);
    await user.click(within(confirm).getByRole('button', { name: 'Remove' }));
    await waitFor(() => expect(callsTo('decisions.remove')).toEqual([{ id: adopted.id }]));
  });

  it('offers no changes once the minutes are approved', () => {
    renderOutcomes({ ...meetingDetail({ decisions: [adopted] }, { status: 'approved' }) });
    expect(screen.queryByRole('button', { name: 'Record decision' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Remove decision 1' })).toBeNull();
  });
});
