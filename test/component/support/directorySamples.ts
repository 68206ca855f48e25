/** Organizations, members and coverage as the host would send them, for the directory's component tests. */
import type { Member, Organization, SectorCoverage } from '../../../shared/contract';
import { sectorIds, type SectorId } from '../../../shared/stakeholderSectors';

export const laneChildWelfare: Organization = {
  id: '0198f2c4-0000-7000-8000-00000000a001',
  name: 'Lane County Child Welfare',
  sector: 'child-welfare',
  sectorOtherLabel: '',
  kind: 'public-agency',
  jurisdiction: 'Lane County',
  address: '',
  phone: '',
  website: '',
  involvement: 'core',
  qualities: { vulnerableYouth: true, traffickingExpertise: false, traumaInformed: true },
  notes: '',
  joinedOn: null,
  leftOn: null,
  archivedAt: null,
  createdAt: '2026-03-04T15:00:00.000Z',
  updatedAt: '2026-03-04T15:00:00.000Z',
  memberCount: 2,
  primaryRepresentative: null,
  alternateRepresentatives: [],
};

const memberBase = {
  displayName: '',
  pronouns: '',
  organizationId: laneChildWelfare.id,
  organizationName: laneChildWelfare.name,
  organizationSector: 'child-welfare',
  title: '',
  coalitionRole: 'member',
  representativeRole: 'none',
  votingMember: false,
  preferredContact: 'email',
  startOn: null,
  endOn: null,
  protectedIdentity: false,
  archivedAt: null,
  createdAt: '2026-03-04T15:00:00.000Z',
  updatedAt: '2026-03-04T15:00:00.000Z',
} satisfies Partial<Member>;

export const anaMunoz: Member = {
  ...memberBase,
  id: '0198f2c4-0000-7000-8000-00000000b001',
  fullName: 'Ana Muñoz',
  shownName: 'Ana Muñoz',
  title: 'Program manager',
  representativeRole: 'primary',
  email: 'ana@example.org',
  phone: '',
  notes: '',
};

/** A youth advisor: the list carries no full name and no contact details, only the display name. */
export const protectedAdvisor: Member = {
  ...memberBase,
  id: '0198f2c4-0000-7000-8000-00000000b002',
  fullName: null,
  displayName: 'J. (youth advisor)',
  shownName: 'J. (youth advisor)',
  coalitionRole: 'advisor',
  protectedIdentity: true,
  email: null,
  phone: null,
  notes: null,
};

export function coverageOf(covered: Partial<Record<SectorId, Partial<SectorCoverage>>> = {}): SectorCoverage[] {
  return sectorIds.map((sector) => ({
    sector,
    organizations: { core: 0, periodic: 0, prospective: 0, former: 0 },
    members: 0,
    status: 'gap',
    qualities: { vulnerableYouth: 0, traffickingExpertise: 0, traumaInformed: 0 },
    coreWithoutPrimary: [],
    atTable: [],
    ...covered[sector],
  }));
}

/** jsdom lays nothing out; the grid and the chart measure their box, so give them one. */
export function giveElementsASize(width = 1200, height = 800): void {
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
  Object.defineProperties(HTMLElement.prototype, {
    clientWidth: { configurable: true, get: () => width },
    clientHeight: { configurable: true, get: () => height },
    offsetWidth: { configurable: true, get: () => width },
    offsetHeight: { configurable: true, get: () => height },
  });
}
