import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { MemberDetailPage } from '../../renderer/features/directory/members/MemberDetailPage';
import { MembersPage } from '../../renderer/features/directory/members/MembersPage';
import { answerChannels, callsTo, renderWithProviders } from './support/host';
import { anaMunoz, giveElementsASize, laneChildWelfare, protectedAdvisor } from './support/directorySamples';

vi.mock('../../renderer/api', () => import('./support/apiMock'));
giveElementsASize();

const secret = { id: protectedAdvisor.id, fullName: 'Jordan Secret-Name', email: 'jordan@example.org', phone: '541-555-0101', notes: '' };

function answerDirectory() {
  answerChannels({
    'directory.queryMembers': () => ({ rows: [anaMunoz, protectedAdvisor], total: 2 }),
    'directory.getMember': () => ({ member: protectedAdvisor, organization: laneChildWelfare, history: [] }),
    'directory.revealMember': () => secret,
  });
}

function renderAt(path: string) {
  renderWithProviders(
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        <Route path="/members" element={<MembersPage />} />
        <Route path="/members/:id" element={<MemberDetailPage />} />
      </Routes>
    </MemoryRouter>,
  );
}

describe('a protected member', () => {
  it('is listed by display name only, with a Protected chip', async () => {
    answerDirectory();
    renderAt('/members');
    const grid = await screen.findByRole('grid', { name: 'Members' });

    const row = (await within(grid).findByText('J. (youth advisor)')).closest('[role="row"]') as HTMLElement;
    expect(within(row).getByText('Protected')).toBeTruthy();
    expect(within(grid).getByText('Ana Muñoz')).toBeTruthy();
    expect(document.body.textContent).not.toContain('Jordan');
  });

  it('shows the full name and contact only after an explicit, recorded reveal', async () => {
    answerDirectory();
    renderAt(`/members/${protectedAdvisor.id}`);
    await screen.findByRole('heading', { level: 1, name: 'J. (youth advisor)' });
    expect(screen.queryByText('Jordan Secret-Name')).toBeNull();
    expect(screen.getByRole('button', { name: 'Edit' })).toHaveProperty('disabled', true);
    expect(screen.getByText(/recorded in the history/)).toBeTruthy();

    await userEvent.setup().click(screen.getByRole('button', { name: 'Reveal full name and contact' }));

    expect(await screen.findByText('Jordan Secret-Name')).toBeTruthy();
    expect(screen.getByText('jordan@example.org')).toBeTruthy();
    expect(callsTo('directory.revealMember')).toEqual([{ id: protectedAdvisor.id }]);
    expect(screen.getByRole('button', { name: 'Edit' })).toHaveProperty('disabled', false);
  });
});
