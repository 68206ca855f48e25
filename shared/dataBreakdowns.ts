/**
 * The breakdowns a measure may ask for, after the shapes federal and state reports use. Ids are stable: they are
 * stored with each figure. A breakdown is either left out of a figure or filled in whole (blank cells count as 0),
 * and then its cells add up to the figure's total.
 */
export const breakdownIds = ['age', 'gender', 'type', 'status', 'not-placed-reason'] as const;
export type BreakdownId = (typeof breakdownIds)[number];

export interface BreakdownDefinition {
  id: BreakdownId;
  label: string;
  cells: readonly { id: string; label: string }[];
}

export const breakdowns: readonly BreakdownDefinition[] = [
  {
    id: 'age',
    label: 'Age band',
    cells: [
      { id: 'under-12', label: 'Under 12' },
      { id: '12-14', label: '12–14' },
      { id: '15-17', label: '15–17' },
      { id: '18-20', label: '18–20' },
      { id: '21-24', label: '21–24' },
    ],
  },
  {
    id: 'gender',
    label: 'Gender',
    cells: [
      { id: 'female', label: 'Female' },
      { id: 'male', label: 'Male' },
      { id: 'transgender', label: 'Transgender' },
      { id: 'another', label: 'Another gender' },
      { id: 'unknown', label: 'Not known' },
    ],
  },
  {
    id: 'type',
    label: 'Type of trafficking',
    cells: [
      { id: 'sex', label: 'Sex' },
      { id: 'labor', label: 'Labor' },
      { id: 'both', label: 'Both' },
      { id: 'unknown', label: 'Not known' },
    ],
  },
  {
    id: 'status',
    label: 'Confirmed or suspected',
    cells: [
      { id: 'confirmed', label: 'Confirmed' },
      { id: 'suspected', label: 'Suspected' },
    ],
  },
  {
    id: 'not-placed-reason',
    label: 'Reason not placed',
    cells: [
      { id: 'no-placement', label: 'No placement available' },
      { id: 'funding', label: 'Funding' },
      { id: 'not-recommended', label: 'Not recommended' },
      { id: 'ran-away', label: 'Ran away' },
      { id: 'declined', label: 'Declined' },
    ],
  },
];

export function breakdownById(id: BreakdownId): BreakdownDefinition {
  const found = breakdowns.find((breakdown) => breakdown.id === id);
  if (!found) throw new Error(`Unknown breakdown ${id}`);
  return found;
}

/** A figure's breakdown cells as stored: breakdown id, then cell id, then the count. */
export type BreakdownCounts = Partial<Record<BreakdownId, Record<string, number>>>;
