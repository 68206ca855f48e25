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
      ['law-enforcement-justice', 'runaway-homeless-youth', 'sexual-assault-violence', 'family-court-judges', 'casa-gal-legal', 'behavioral-health',
        'health-public-health', 'housing-shelter-youth-services', 'labor-employment', 'education', 'youth-survivors']
        .map((sector) => [sector, covered]),
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
    expect(
      screen.getByText('11 of 13 core sectors covered; gaps: Child welfare; only prospective: Caregivers (foster, resource and kin).'),
    ).toBeTruthy();
    expect(screen.getByRole('figure', { name: 'Organizations per sector' })).toBeTruthy();
  });
});
