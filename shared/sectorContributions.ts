import { type SectorId } from './stakeholderSectors';

/**
 * What each stakeholder sector usually brings to a youth anti-trafficking coalition, in our own
 * words, after the key-stakeholders table of "Collaborating with Youth-Serving Agencies to Respond
 * to and Prevent Sex Trafficking of Youth" (Child Welfare Capacity Building Collaborative).
 */
export interface SectorContribution {
  /** What it offers young people who are victims or at risk. */
  services: string;
  /** Its part in identifying, screening and responding. */
  identification: string;
  /** Data, training, awareness, placements and the like. */
  other: string;
}

export const sectorContributions: Record<SectorId, SectorContribution> = {
  'child-welfare': {
    services:
      'Finds young people safe, settled homes, arranges intensive casework plus medical and mental health care for those exploited, and prepares older youth to live on their own.',
    identification:
      'Screens children in its care for exploitation and risk, tells the police about victims and about youth who go missing from care, and carries the federal duties of P.L. 113-183.',
    other: 'Owns the policies on safety, permanency and well-being, and backs caregivers so that placements last.',
  },
  'law-enforcement-justice': {
    services:
      'Steers exploited minors toward diversion instead of charges where it can, refers victims to specialised help, and questions them gently, away from the station, to avoid harming them again.',
    identification:
      'Investigates and prosecutes exploiters, takes and passes on reports of missing or abducted children, and leads the search for youth who cannot be found.',
    other:
      'Brings local and state figures on trafficking, youth arrests and missing-child reports, and advice on joint protocols for finding youth and sharing data.',
  },
  'runaway-homeless-youth': {
    services: 'Meets runaway and homeless young people where they are, on the street and at drop-in centres, including those already being exploited.',
    identification: 'Spots victims and youth at risk among the young people it serves, and works the agreed routine for finding youth who have run away.',
    other: 'Knows the specialised local services and brings long experience, and cultural awareness, in gaining the trust of youth on the street.',
  },
  'sexual-assault-violence': {
    services: 'Judges how much danger a young person is in, offers safe shelter and crisis support, and connects survivors with lawyers and other help.',
    identification: 'Screens and assesses for exploitation with established tools and follows an agreed reporting routine.',
    other: 'Runs awareness campaigns and trains partners in violence prevention and in how to respond to survivors.',
  },
  'family-court-judges': {
    services:
      'Makes sure young victims have advocates and lawyers who understand exploitation, brings youth (and, when suitable, families) into hearings, and orders victim-centred treatment while holding offenders to account.',
    identification: 'Asks youth the same core questions at every hearing and uses shared checklists when questioning the agency and the youth’s lawyer.',
    other: 'Uses the standing of the bench to bring reluctant partners to the table.',
  },
  'casa-gal-legal': {
    services: 'Speaks up for what the young person wants and needs, coaches them to speak for themselves in court, and involves families where that is safe.',
    identification: 'Learns the warning signs of exploitation, gauges risk, and follows a routine written for trafficked youth.',
    other: 'Shows how exploitation plays out in the community and presses for ordinary childhood experiences for youth in foster care.',
  },
  'behavioral-health': {
    services: 'Gives specialised, trauma-informed therapy to victims and to young people who show warning signs.',
    identification: 'Notices signs of exploitation and risk factors during assessment and follows a routine made for trafficked youth.',
    other: 'Shares what practice teaches about how exploitation works, about trauma, and about the secondary trauma that staff carry.',
  },
  'health-public-health': {
    services: 'Treats victims’ medical needs, performs forensic examinations, and tells young patients where to find help.',
    identification: 'Applies clinical screening and examination routines to recognise victims and meet their health needs.',
    other: 'Adds the medical field’s view of how common exploitation is and how alert clinicians are to it.',
  },
  'housing-shelter-youth-services': {
    services: 'Offers safe places to stay, suited to each young person’s age and gender.',
    identification: 'Screens the youth it houses, reports suspected exploitation, and keeps a response plan that puts victims first.',
    other: 'Knows which crisis beds for minors, shelters and transitional living programmes exist, who qualifies, and how to apply.',
  },
  'labor-employment': {
    services: 'Provides job training, work skills and help finding a job, protects young people’s schooling, and keeps them out of hazardous work.',
    identification: 'Enforces child labour law and reports cases of child labour, forced labour and trafficking.',
    other: 'Brings data on forced labour and child trafficking, and campaigns showing how labour exploitation and sex trafficking connect.',
  },
  education: {
    services: 'Notices risk early, teaches prevention that strengthens protective factors, and offers crisis help and specialised support at school.',
    identification: 'Runs a routine for spotting and responding to exploitation, with mandatory reporting and referral steps.',
    other: 'Shares attendance and other data, flags chronic absence, and can add exploitation questions to student screening.',
  },
  'youth-survivors': {
    services: 'Mentors and encourages young victims and helps keep others from being exploited, drawing on lived experience.',
    identification: 'Shows partners what exploitation looks like from the inside and helps make screening feel safe to young people.',
    other: 'Tells the coalition what really helps victims and what does not, and takes part in shaping policy, materials, panels and training.',
  },
  caregivers: {
    services:
      'Gives a safe, steady home, watches for signs of exploitation, and supports healing and healthy growth, including through specialised foster care.',
    identification: 'Reports suspected exploitation to the caseworker and the authorities without delay.',
    other: 'Helps find specialised placements, shapes the support resource parents get, and gives youth ordinary teenage experiences.',
  },
  'entertainment-recreation': {
    services: 'Provides safe, supervised places where young people spend their free time.',
    identification: 'Teaches staff at rinks, parks, malls, arenas, clubs and casinos to notice and report young people who seem controlled or exploited.',
    other: 'Displays hotline information and lends venues and audiences to awareness campaigns.',
  },
  'businesses-at-risk': {
    services: 'Front-line staff are often the first to see a young person in danger and can put them in touch with help quickly.',
    identification: 'Trains hotel, convenience store and truck stop staff in the warning signs and in how to report what they see.',
    other: 'Shares what staff observe about where and how exploitation happens, and posts hotline and help information.',
  },
  'faith-leaders': {
    services: 'Offers mentoring, youth groups, practical help and spiritual care to young people and their families.',
    identification: 'Notices changes in young people of the congregation and knows whom to call.',
    other: 'Raises awareness among worshippers, recruits volunteers and foster families, and can host meetings.',
  },
  'youth-services-coalitions': {
    services: 'Links the many small programmes that serve young people so that a youth in need reaches the right one.',
    identification: 'Spreads shared screening and referral practices among its member programmes.',
    other: 'Brings an existing network, meeting habits and sometimes pooled data, so the coalition need not start from scratch.',
  },
  'neighborhood-watch': {
    services: 'Keeps an eye out for young people in the area who may need help.',
    identification: 'Notices and reports suspicious activity, such as a stream of short visits or youth moved between addresses.',
    other: 'Carries awareness messages door to door and into local meetings.',
  },
  military: {
    services: 'Supports service families and their children through installation family programmes.',
    identification: 'Trains service members to recognise and report exploitation, on and off the installation.',
    other: 'Brings command attention and prevention training to the communities around installations.',
  },
  'landlord-tenant': {
    services: 'Can help a young person or family keep or find stable housing.',
    identification: 'Notices warning signs in rented units, such as many unrelated youths coming and going, and reports them.',
    other: 'Spreads awareness among property managers and tenants and can add lease terms or house rules that discourage exploitation.',
  },
  other: {
    services: 'Depends on the organization: note what it offers young victims and youth at risk.',
    identification: 'Depends on the organization: note how it spots, screens and responds to exploitation.',
    other: 'Depends on the organization: note the data, training, awareness or placements it can bring.',
  },
};

export const qualityIds = ['vulnerableYouth', 'traffickingExpertise', 'traumaInformed'] as const;
export type QualityId = (typeof qualityIds)[number];

export interface QualityToLookFor {
  id: QualityId;
  label: string;
  explanation: string;
}

/** The three qualities worth looking for in core members; ids match the organization's qualities. */
export const qualitiesToLookFor: readonly QualityToLookFor[] = [
  {
    id: 'vulnerableYouth',
    label: 'Works with vulnerable youth',
    explanation: 'Has day-to-day experience serving young people in foster care, on the street or otherwise at risk.',
  },
  {
    id: 'traffickingExpertise',
    label: 'Understands trafficking',
    explanation: 'Knows how exploiters recruit and control young people and what the signs of trafficking are.',
  },
  {
    id: 'traumaInformed',
    label: 'Trauma-informed practice',
    explanation: 'Works in ways that recognise the effects of trauma and avoid harming victims again.',
  },
];
