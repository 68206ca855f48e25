import { useQuery } from '@tanstack/react-query';
import { act, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useDataChangeRefresh } from '../../renderer/session/useDataChangeRefresh';
import { directoryQueryScope } from '../../renderer/components/directory/directoryQueryScope';
import { meetingQueryScope } from '../../renderer/components/meetings/meetingQueries';
import { captureEvents, renderWithProviders } from './support/host';

vi.mock('../../renderer/api', () => import('./support/apiMock'));

/** Two views on screen: a meeting's attendee and a member's page, each read once per fetch. */
function TwoViews({ reads }: { reads: { meeting: number; member: number } }) {
  useDataChangeRefresh();
  const meeting = useQuery({ queryKey: [meetingQueryScope, 'detail', 'm1'], queryFn: () => `Attendee read ${++reads.meeting}` });
  const member = useQuery({ queryKey: [directoryQueryScope, 'member', 'p1'], queryFn: () => `Member read ${++reads.member}` });
  return (
    <>
      <p>{meeting.data}</p>
      <p>{member.data}</p>
    </>
  );
}

describe('views follow the data.changed event', () => {
  it('reads again what is on screen in the areas named, and leaves the other areas alone', async () => {
    const emit = captureEvents();
    const reads = { meeting: 0, member: 0 };
    renderWithProviders(<TwoViews reads={reads} />);
    expect(await screen.findByText('Attendee read 1')).toBeTruthy();
    expect(await screen.findByText('Member read 1')).toBeTruthy();

    act(() => emit({ type: 'data.changed', areas: ['meetings'] }));
    expect(await screen.findByText('Attendee read 2')).toBeTruthy();
    expect(screen.getByText('Member read 1')).toBeTruthy();

    // A member renamed in another window: the directory's views and the meeting's attendee both read again.
    act(() => emit({ type: 'data.changed', areas: ['directory', 'meetings'] }));
    await waitFor(() => expect(reads).toEqual({ meeting: 3, member: 2 }));
    expect(await screen.findByText('Attendee read 3')).toBeTruthy();
  });
});
