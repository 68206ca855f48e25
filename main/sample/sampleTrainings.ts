import type { DutyId } from '../../shared/childWelfareDuties';
import type { FollowUpStatus } from '../../shared/contract';
import type { SectorId } from '../../shared/stakeholderSectors';
import { createOutreach } from '../services/outreach';
import type { ServiceContext } from '../services/serviceContext';
import { createTraining } from '../services/trainings';
import { parsed } from './sampleInput';

const TRAINER = 'Safe Harbor Sexual Assault Center';

interface SampleTraining {
  /** Days before today. */
  daysAgo: number;
  title: string;
  audience: SectorId[];
  detail: string;
  trained: number;
  acknowledgments: number | null;
  duties: DutyId[];
}

/** A year of the training committee's work (fictional), hotels' 40 front desk and housekeeping staff among it. */
const TRAININGS: readonly SampleTraining[] = [
  {
    daysAgo: 340,
    title: 'Recognizing exploitation: caseworker orientation',
    audience: ['child-welfare'],
    detail: 'New caseworkers',
    trained: 22,
    acknowledgments: null,
    duties: ['identify-and-serve'],
  },
  {
    daysAgo: 300,
    title: 'Screening youth at intake',
    audience: ['law-enforcement-justice'],
    detail: 'Probation intake officers',
    trained: 15,
    acknowledgments: null,
    duties: ['identify-and-serve', 'report-victims'],
  },
  {
    daysAgo: 250,
    title: 'Signs of trafficking for school counselors',
    audience: ['education'],
    detail: 'Middle and high school counselors',
    trained: 31,
    acknowledgments: null,
    duties: ['identify-and-serve'],
  },
  {
    daysAgo: 200,
    title: 'Recognizing trafficking at the front desk',
    audience: ['businesses-at-risk'],
    detail: 'Hotel front desk and housekeeping staff',
    trained: 40,
    acknowledgments: 40,
    duties: ['identify-and-serve'],
  },
  {
    daysAgo: 150,
    title: 'When a youth goes missing from care',
    audience: ['child-welfare', 'law-enforcement-justice'],
    detail: 'Caseworkers and patrol officers',
    trained: 28,
    acknowledgments: null,
    duties: ['locate-missing', 'report-missing'],
  },
  {
    daysAgo: 110,
    title: 'Truck stop staff awareness session',
    audience: ['businesses-at-risk'],
    detail: 'Cashiers and shift managers',
    trained: 12,
    acknowledgments: 9,
    duties: ['identify-and-serve'],
  },
  {
    daysAgo: 70,
    title: 'Trauma-informed interviews after a return',
    audience: ['behavioral-health', 'child-welfare'],
    detail: 'Therapists and caseworkers',
    trained: 18,
    acknowledgments: null,
    duties: ['learn-why-left'],
  },
  {
    daysAgo: 25,
    title: 'Emergency department response',
    audience: ['health-public-health'],
    detail: 'Emergency nurses and social workers',
    trained: 26,
    acknowledgments: null,
    duties: ['identify-and-serve', 'report-victims'],
  },
];

const OUTREACH: ReadonlyArray<{ daysAgo: number; organization: string; person: string; agreed: string; followUp: FollowUpStatus; followUpDays?: number }> = [
  {
    daysAgo: 230,
    organization: 'Riverbend Hotel and Lodging Association',
    person: 'the association’s director',
    agreed: 'Host a training for member hotels.',
    followUp: 'done',
    followUpDays: 200,
  },
  {
    daysAgo: 160,
    organization: 'Interstate Truck Stop Owners Group',
    person: 'two owners',
    agreed: 'Put hotline posters in restrooms; staff session in spring.',
    followUp: 'done',
    followUpDays: 110,
  },
  {
    daysAgo: 90,
    organization: 'Riverbend Mall Security Services',
    person: 'the security manager',
    agreed: 'Consider a session for guards.',
    followUp: 'open',
    followUpDays: -20,
  },
  {
    daysAgo: 40,
    organization: 'Riverbend Interfaith Council',
    person: 'the council’s youth committee',
    agreed: 'Announce the coalition’s parent evening.',
    followUp: 'none',
  },
  {
    daysAgo: 12,
    organization: 'Riverbend Landlord and Tenant Association',
    person: 'the board chair',
    agreed: 'Share the warning signs in the newsletter.',
    followUp: 'open',
    followUpDays: -30,
  },
];

/** Trainings and outreach contacts through their own services; returns how many of each. */
export async function fillSampleTrainings(
  context: ServiceContext,
  organizationIds: ReadonlyMap<string, string>,
  daysAgo: (days: number) => string,
): Promise<{ trainings: number; outreach: number }> {
  for (const seed of TRAININGS) {
    await createTraining(
      context,
      parsed('trainings.create', {
        heldOn: daysAgo(seed.daysAgo),
        title: seed.title,
        curriculum: 'The coalition’s own curriculum: signs, first steps, whom to call.',
        trainerOrganizationId: organizationIds.get(TRAINER) ?? null,
        audienceSectors: seed.audience,
        audienceDetail: seed.detail,
        numberTrained: seed.trained,
        acknowledgmentsCollected: seed.acknowledgments !== null,
        acknowledgmentCount: seed.acknowledgments,
        duties: seed.duties,
      }),
    );
  }
  let outreach = 0;
  for (const seed of OUTREACH) {
    const organizationId = organizationIds.get(seed.organization);
    if (!organizationId) continue;
    const followUpOn = seed.followUpDays === undefined ? null : daysAgo(seed.followUpDays);
    await createOutreach(
      context,
      parsed('outreach.create', {
        organizationId,
        contactedOn: daysAgo(seed.daysAgo),
        contactPerson: seed.person,
        agreed: seed.agreed,
        followUpOn,
        followUpStatus: seed.followUp,
      }),
    );
    outreach += 1;
  }
  return { trainings: TRAININGS.length, outreach };
}
