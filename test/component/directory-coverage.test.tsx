import { screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { CoveragePage } from '../../renderer/features/coverage/CoveragePage';
import { answerChannels, renderWithProviders } from './support/host';
import { coverageOf, giveElementsASize } from './support/directorySamples';

vi.mock('../../renderer/api', () => import('./support/apiMock'));
giveElementsASize();

const covered = { organizations: { core: 1, periodic: 0, prospective: 0, former: 0 }, members: 2, status: 'covered' } as const;

describe('the coverage page', () => {
  it('marks a gap with the word, and says which core sectors are missing', async () => {
    const everyCoreSectorButChildWelfare = Object.fromEntries(
      [
        'law-enforcement-justice',
        'runaway-homeless-youth',
        'sexual-assault-violence',
        'family-court-judges',
        'casa-gal-legal',
        'behavioral-health',
        'health-public-health',
        'housing-shelter-youth-services',
        'labor-employment',
        'education',
        'youth-survivors',
      ].map((sector) => [sector, covered]),
    );
    answerChannels({
      'directory.coverage': () =>
        coverageOf({
          ...everyCoreSectorButChildWelfare,
          caregivers: { organizations: { core: 0, periodic: 0, prospective: 1, former: 0 }, status: 'only-prospective' },
          education: { ...covered, coreWithoutPrimary: [{ id: '0198f2c4-0000-7000-8000-00000000a009', name: 'Springfield Schools' }] },
        }),
    });
    renderWithProviders(
      <MemoryRouter>
        <CoveragePage />
      </MemoryRouter>,
    );

    const childWelfare = await screen.findByRole('region', { name: 'Child welfare' });
    expect(within(childWelfare).getByText('Gap')).toBeTruthy();
    expect(within(screen.getByRole('region', { name: 'Education' })).getByText('Covered')).toBeTruthy();
    expect(within(screen.getByRole('region', { name: 'Caregivers (foster, resource and kin)' })).getByText('Only prospective')).toBeTruthy();
    expect(within(screen.getByRole('region', { name: 'Education' })).getByRole('link', { name: 'Springfield Schools' })).toBeTruthy();
    expect(screen.getByText('11 of 13 core sectors covered; gaps: Child welfare; only prospective: Caregivers (foster, resource and kin).')).toBeTruthy();
    expect(screen.getByRole('figure', { name: 'Organizations per sector' })).toBeTruthy();
  });

  it('names the organizations at the table, linked to their pages, and says how to close a gap', async () => {
    const lane = { id: '0198f2c4-0000-7000-8000-00000000a010', name: 'Lane County Schools', involvement: 'core' } as const;
    const mentors = { id: '0198f2c4-0000-7000-8000-00000000a011', name: 'Mentor Circle', involvement: 'periodic' } as const;
    answerChannels({
      'directory.coverage': () =>
        coverageOf({
          education: { organizations: { core: 1, periodic: 1, prospective: 0, former: 0 }, status: 'covered', atTable: [lane, mentors] },
          caregivers: { organizations: { core: 0, periodic: 0, prospective: 1, former: 0 }, status: 'only-prospective' },
        }),
    });
    renderWithProviders(
      <MemoryRouter>
        <CoveragePage />
      </MemoryRouter>,
    );

    const education = await screen.findByRole('region', { name: 'Education' });
    expect(within(education).getByRole('link', { name: 'Lane County Schools' }).getAttribute('href')).toBe(`/organizations/${lane.id}`);
    expect(within(education).getByRole('link', { name: 'Mentor Circle' }).getAttribute('href')).toBe(`/organizations/${mentors.id}`);
    expect(within(education).queryByText(/close the gap/)).toBeNull();

    const childWelfare = screen.getByRole('region', { name: 'Child welfare' });
    expect(within(childWelfare).getByText(/No organization from this sector is at the table/)).toBeTruthy();
    expect(within(childWelfare).getByText(/To close the gap, invite an agency from this sector/)).toBeTruthy();
    expect(within(childWelfare).getByRole('link', { name: 'Go to Organizations' }).getAttribute('href')).toBe('/organizations');

    const caregivers = screen.getByRole('region', { name: 'Caregivers (foster, resource and kin)' });
    expect(within(caregivers).getByText(/change its involvement to core or periodic/)).toBeTruthy();
    // "Other" is a catch-all: empty, it is no gap and asks for nothing.
    expect(within(screen.getByRole('region', { name: 'Other' })).queryByText(/close the gap/)).toBeNull();
  });
});
