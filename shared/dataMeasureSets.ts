import type { BreakdownId } from './dataBreakdowns';
import type { PeriodKind } from './dataPeriods';
import type { SectorId } from './stakeholderSectors';

/**
 * The measure sets a coordinator can switch on. Switching a set on copies its measures into the workspace's
 * catalogue (where they can be edited like the coalition's own); switching it off hides them from what is owed and
 * keeps every figure. Keys are stable: they are stored. Definitions are written in our own words.
 */
export const measureSetIds = ['pl-113-183', 'screening-placement', 'capacity'] as const;
export type MeasureSetId = (typeof measureSetIds)[number];
/** Where a coordinator's own measures belong. */
export const CUSTOM_SET = 'custom';

export interface BuiltInMeasure {
  key: string;
  name: string;
  definition: string;
  unit: string;
  period: PeriodKind;
  sectors: readonly SectorId[];
  breakdowns: readonly BreakdownId[];
  /** The key of the measure this one is the "within 24 hours" part of. */
  within24hOf?: string;
}

export interface MeasureSet {
  id: MeasureSetId;
  label: string;
  description: string;
  measures: readonly BuiltInMeasure[];
}

const CHILD_WELFARE: readonly SectorId[] = ['child-welfare'];
const YOUTH_SERVING: readonly SectorId[] = ['child-welfare', 'runaway-homeless-youth', 'housing-shelter-youth-services', 'behavioral-health'];
const victimBreakdowns: readonly BreakdownId[] = ['age', 'gender', 'type', 'status'];
const youthBreakdowns: readonly BreakdownId[] = ['age', 'gender'];

const quarterly = (key: string, name: string, definition: string, extra: Partial<BuiltInMeasure> = {}): BuiltInMeasure => ({
  key,
  name,
  definition,
  unit: 'youth',
  period: 'quarterly',
  sectors: CHILD_WELFARE,
  breakdowns: [],
  ...extra,
});

const monthly = (key: string, name: string, definition: string, extra: Partial<BuiltInMeasure> = {}): BuiltInMeasure =>
  quarterly(key, name, definition, { period: 'monthly', sectors: YOUTH_SERVING, breakdowns: youthBreakdowns, ...extra });

export const measureSets: readonly MeasureSet[] = [
  {
    id: 'pl-113-183',
    label: 'P.L. 113-183 (child welfare duties)',
    description:
      'What the child welfare agency reports under the Preventing Sex Trafficking and Strengthening Families Act: victims identified and reported, missing-from-care episodes and what happened on return.',
    measures: [
      quarterly(
        'pl.identified',
        'Youth identified as sex trafficking victims',
        'Youth in the agency’s care or supervision whom the agency identified, in the period, as victims of sex trafficking or at risk of it, counted once each.',
        { breakdowns: victimBreakdowns },
      ),
      quarterly(
        'pl.reported-le',
        'Identified youth reported to law enforcement',
        'Of the youth identified in the period, those the agency reported to law enforcement.',
      ),
      quarterly(
        'pl.reported-le-24h',
        'Reported to law enforcement within 24 hours',
        'Of the reports to law enforcement, those made within 24 hours of the youth being identified.',
        { within24hOf: 'pl.reported-le' },
      ),
      quarterly(
        'pl.missing',
        'Missing-from-care episodes',
        'Episodes in which a youth in care was missing or abducted. Say here which absences count: any unauthorized absence, or only absences of 24 hours or more.',
        { unit: 'episodes', breakdowns: youthBreakdowns },
      ),
      quarterly(
        'pl.missing-reported',
        'Episodes reported to NCIC and NCMEC',
        'Of the missing-from-care episodes, those reported to law enforcement for entry into NCIC and to the National Center for Missing and Exploited Children.',
        { unit: 'episodes' },
      ),
      quarterly(
        'pl.missing-reported-24h',
        'Reported to NCIC and NCMEC within 24 hours',
        'Of the episodes reported, those reported within 24 hours of the agency learning the youth was missing.',
        { unit: 'episodes', within24hOf: 'pl.missing-reported' },
      ),
      quarterly(
        'pl.episodes-ended',
        'Episodes ended (youth located or returned)',
        'Missing-from-care episodes that ended in the period because the youth was located or came back.',
        { unit: 'episodes' },
      ),
      quarterly(
        'pl.returns-screened',
        'Returns screened for sex trafficking',
        'Of the youth who returned, those screened to find out whether they were trafficked while away.',
      ),
      quarterly(
        'pl.returns-screened-24h',
        'Returns screened within 24 hours',
        'Of the returns screened, those screened within 24 hours of the youth’s return.',
        { within24hOf: 'pl.returns-screened' },
      ),
      quarterly('pl.returns-debriefed', 'Returns with a debrief', 'Returns where the agency documented why the youth left and what happened while away.'),
    ],
  },
  {
    id: 'screening-placement',
    label: 'Screening and placement (monthly)',
    description:
      'The monthly counts many state reports ask of youth-serving agencies: screened, identified, assessed for a safe home, referred, placed, and referred but not placed with the reason.',
    measures: [
      monthly('sp.screened', 'Youth screened', 'Youth screened for trafficking with the screening tool the coalition agreed on.'),
      monthly('sp.identified', 'Youth identified as victims', 'Of the youth screened, those determined to be victims of trafficking.', {
        breakdowns: victimBreakdowns,
      }),
      monthly('sp.assessed', 'Youth assessed for a safe home', 'Identified youth assessed for the placement or home that would keep them safe.'),
      monthly('sp.referred', 'Youth referred to services', 'Identified youth referred to specialized services that do not require a placement.'),
      monthly('sp.placed', 'Youth placed', 'Identified youth placed in a safe home or specialized placement in the period.'),
      monthly('sp.not-placed', 'Referred but not placed', 'Youth referred for a placement who were not placed, by the main reason.', {
        breakdowns: ['not-placed-reason'],
      }),
    ],
  },
  {
    id: 'capacity',
    label: 'Coalition capacity',
    description:
      'What every partner contributes to the coalition’s capacity: trainings and people trained, meetings attended, protocols in force and reviewed, action items opened and done.',
    measures: [
      quarterly('cap.trainings', 'Trainings given', 'Trainings on youth trafficking the organization gave, to its own staff or to others.', {
        unit: 'trainings',
        sectors: [],
      }),
      quarterly('cap.people-trained', 'People trained', 'People who completed one of those trainings, counted once per training.', {
        unit: 'people',
        sectors: [],
      }),
      quarterly('cap.meetings-attended', 'Coalition meetings attended', 'Coalition and workgroup meetings at which the organization was represented.', {
        unit: 'meetings',
        sectors: [],
      }),
      quarterly('cap.protocols-in-force', 'Protocols in force', 'Shared protocols or agreements the organization follows at the end of the period.', {
        unit: 'protocols',
        sectors: [],
      }),
      quarterly('cap.protocols-reviewed', 'Protocols reviewed', 'Of the protocols in force, those the organization reviewed in the period.', {
        unit: 'protocols',
        sectors: [],
      }),
      quarterly('cap.actions-opened', 'Action items opened', 'Coalition action items the organization took on in the period.', {
        unit: 'action items',
        sectors: [],
      }),
      quarterly('cap.actions-done', 'Action items done', 'Coalition action items the organization finished in the period.', {
        unit: 'action items',
        sectors: [],
      }),
    ],
  },
];

export function measureSetById(id: string): MeasureSet | undefined {
  return measureSets.find((set) => set.id === id);
}
