/**
 * The six duties P.L. 113-183 (Preventing Sex Trafficking and Strengthening Families Act, 2014) puts on title IV-E
 * child welfare agencies. Protocols, trainings, meetings and action items are linked to them as evidence. Ids are
 * stable: they are stored.
 */
export const dutyIds = ['consult', 'identify-and-serve', 'report-victims', 'locate-missing', 'learn-why-left', 'report-missing'] as const;
export type DutyId = (typeof dutyIds)[number];

export interface Duty {
  id: DutyId;
  /** Short name for lists and chips. */
  title: string;
  /** What the agency must do, in a sentence a coordinator can read aloud. */
  summary: string;
}

export const duties: readonly Duty[] = [
  {
    id: 'consult',
    title: 'Consult partners and document it',
    summary: 'Consult other agencies with experience serving at-risk youth, and keep a record of those consultations.',
  },
  {
    id: 'identify-and-serve',
    title: 'Identify, document and serve',
    summary: 'Have policies, procedures and training to identify, document and serve youth who are, or may become, victims of sex trafficking.',
  },
  {
    id: 'report-victims',
    title: 'Report identified victims',
    summary: 'Report youth identified as sex trafficking victims to law enforcement.',
  },
  {
    id: 'locate-missing',
    title: 'Locate youth missing from care',
    summary: 'Have protocols to find youth who run away or go missing from foster care, and to serve them when found.',
  },
  {
    id: 'learn-why-left',
    title: 'Learn why a youth left care',
    summary: 'Find out why a youth left care and what happened while away, and take it into account in later placements.',
  },
  {
    id: 'report-missing',
    title: 'Report missing or abducted youth',
    summary: 'Report youth missing from care or abducted to law enforcement (for entry in NCIC) and to NCMEC.',
  },
];

export function dutyById(id: DutyId): Duty {
  const duty = duties.find((candidate) => candidate.id === id);
  if (!duty) throw new Error(`Unknown duty ${id}`);
  return duty;
}
