import type { ActionStatus } from '../../shared/contract';

/**
 * What the fictional Riverbend coalition talked about over a year of monthly meetings: the topics a youth
 * anti-trafficking coalition really works through (screening, runaway response, training, data), written
 * for the sample only. Each month has its own items, notes, a decision and the action items that came of it.
 */
export interface SampleTopic {
  title: string;
  type: 'information' | 'discussion' | 'decision';
  timeboxMinutes: number;
  notes: string;
  /** Kept in confidence: the notes are marked confidential. */
  confidential?: boolean;
  /** Left unfinished at the meeting, so it is carried over to the next one. */
  unfinished?: boolean;
}

export interface SampleAction {
  title: string;
  /** Days after the meeting it is due. */
  dueInDays: number;
  /** Where the item stands today. */
  status: ActionStatus;
  priority?: 'high' | 'normal' | 'low';
  /** The topic (by position) it came from; the decision's topic when not given. */
  fromTopic?: number;
  /** The note given with its last status change (in progress, blocked, cancelled). */
  update?: string;
}

export interface SampleMonth {
  topics: SampleTopic[];
  /** Recorded on the topic at `topic` (default: the first decision topic, else the first). Votes: for, against, abstain. */
  decision: { text: string; votes?: [number, number, number]; topic?: number };
  actions: SampleAction[];
}

export const SAMPLE_SERIES_TITLE = 'Coalition monthly meeting';
/** Riverbend County is in Oregon. */
export const SAMPLE_TIME_ZONE = 'America/Los_Angeles';
export const SAMPLE_WORKGROUPS = [
  { name: 'Protocols', description: 'Drafts and reviews the screening, reporting and runaway-response protocols.' },
  { name: 'Training', description: 'Plans cross-agency training on recognizing and responding to exploitation.' },
  { name: 'Data and evaluation', description: 'Tracks referrals and outcomes and prepares the yearly report.' },
] as const;

export const SAMPLE_TEMPLATE_ITEMS = [
  { title: 'Welcome and introductions', type: 'information', timeboxMinutes: 5, description: '' },
  { title: 'Partner updates', type: 'information', timeboxMinutes: 15, description: 'Each sector in two minutes.' },
] as const;

export const SAMPLE_TEMPLATE_NAME = 'Monthly coalition meeting';
/** What the note-taker wrote under the template's items, the standard review item and an item carried over. */
export const SAMPLE_ROUTINE_NOTES = {
  'Welcome and introductions': 'The chair welcomed everyone; people attending for the first time introduced themselves.',
  'Partner updates': 'Each sector gave a short update. Written updates were sent to the coordinator for the record.',
  review: 'Went through the open action items; each update is recorded with its item.',
  carriedOver: 'Picked up from last month and finished; see the notes of the earlier meeting for the background.',
} as const;

export const sampleMonths: readonly SampleMonth[] = [
  {
    topics: [
      {
        title: 'Coalition charter and membership',
        type: 'decision',
        timeboxMinutes: 20,
        notes: 'Reviewed the draft charter. Members asked that survivor advisors hold two voting seats.',
      },
      {
        title: 'Mapping who is missing from the table',
        type: 'discussion',
        timeboxMinutes: 20,
        notes: 'No labor or employment partner yet; caregivers are not represented either.',
      },
    ],
    decision: { text: 'Adopt the coalition charter with two voting seats for survivor advisors.', votes: [14, 0, 1] },
    actions: [
      { title: 'Send the adopted charter to every partner agency', dueInDays: 10, status: 'done' },
      { title: 'Invite the workforce board to join the coalition', dueInDays: 30, status: 'done', fromTopic: 1 },
    ],
  },
  {
    topics: [
      {
        title: 'Screening tool for youth in care',
        type: 'discussion',
        timeboxMinutes: 25,
        notes: 'Compared two validated screening tools. Caseworkers prefer the shorter one for first contact.',
      },
      {
        title: 'Referral pathway to specialized services',
        type: 'discussion',
        timeboxMinutes: 20,
        notes: 'Drafted who calls whom within the first 24 hours after a youth screens positive.',
        unfinished: true,
      },
    ],
    decision: { text: 'Pilot the shorter screening tool in two child welfare units for three months.', votes: [12, 1, 2] },
    actions: [
      { title: 'Train the two pilot units on the screening tool', dueInDays: 21, status: 'done' },
      { title: 'Draft the referral flowchart', dueInDays: 28, status: 'done', fromTopic: 1 },
    ],
  },
  {
    topics: [
      {
        title: 'Runaway response protocol: first draft',
        type: 'discussion',
        timeboxMinutes: 30,
        notes: 'Walked through the first 72 hours after a youth leaves care: who reports, who searches, who debriefs.',
      },
      {
        title: 'A recent case that prompted the protocol',
        type: 'discussion',
        timeboxMinutes: 10,
        notes: 'Details of the case discussed in confidence; no names recorded.',
        confidential: true,
      },
    ],
    decision: { text: 'Send the runaway response protocol draft to the Protocols workgroup for revision.' },
    actions: [
      { title: 'Collect comments on the runaway protocol from law enforcement', dueInDays: 14, status: 'done' },
      {
        title: 'Check the protocol against state reporting timelines',
        dueInDays: 20,
        status: 'cancelled',
        priority: 'low',
        update: 'No longer needed: the Protocols workgroup checks the timelines as part of its revision.',
      },
    ],
  },
  {
    topics: [
      {
        title: 'Training calendar for the year',
        type: 'decision',
        timeboxMinutes: 20,
        notes: 'Three cross-agency trainings proposed: recognition, trauma-informed interviewing, and data sharing.',
      },
      {
        title: 'Schools: recognizing signs of exploitation',
        type: 'information',
        timeboxMinutes: 15,
        notes: 'The school district will add a module to the yearly staff safety training.',
      },
    ],
    decision: { text: 'Adopt the training calendar with three cross-agency sessions.', votes: [15, 0, 0] },
    actions: [
      { title: 'Book a venue for the recognition training', dueInDays: 30, status: 'done' },
      { title: 'Ask the health department for a trauma-informed trainer', dueInDays: 45, status: 'done', fromTopic: 0 },
    ],
  },
  {
    topics: [
      {
        title: 'Data sharing agreement between partners',
        type: 'discussion',
        timeboxMinutes: 30,
        notes: 'Partners can share counts without identifying details. Legal counsel will review the wording.',
        unfinished: true,
      },
      {
        title: 'Shelter capacity for youth',
        type: 'information',
        timeboxMinutes: 10,
        notes: 'Two emergency beds were added this quarter; the waitlist is shorter.',
      },
    ],
    decision: { text: 'Ask county counsel to review the data sharing agreement before signature.' },
    actions: [
      { title: 'Send the data sharing agreement to county counsel', dueInDays: 7, status: 'done' },
      { title: 'List which counts each partner can share', dueInDays: 35, status: 'done', fromTopic: 0 },
    ],
  },
  {
    topics: [
      {
        title: 'Runaway response protocol: revised draft',
        type: 'decision',
        timeboxMinutes: 25,
        notes: 'The workgroup shortened the reporting step and added the debrief interview when a youth returns.',
      },
      {
        title: 'Survivor advisor feedback',
        type: 'discussion',
        timeboxMinutes: 15,
        notes: 'Advisors asked that the debrief be offered, not required, and held by someone the youth trusts.',
        confidential: true,
      },
    ],
    decision: { text: 'Adopt the runaway response protocol, version 1.0, with the debrief offered rather than required.', votes: [13, 0, 2] },
    actions: [
      { title: 'Publish protocol version 1.0 to all partners', dueInDays: 10, status: 'done' },
      { title: 'Schedule the six-month review of the runaway protocol', dueInDays: 180, status: 'open', priority: 'low' },
    ],
  },
  {
    topics: [
      {
        title: 'Screening pilot results',
        type: 'information',
        timeboxMinutes: 20,
        notes: 'The pilot units screened most youth at intake; several referrals followed.',
      },
      {
        title: 'Extending screening county-wide',
        type: 'decision',
        timeboxMinutes: 20,
        notes: 'Supervisors support extending it if the referral partners can absorb the volume.',
      },
    ],
    decision: { text: 'Extend the screening tool to all child welfare units next quarter.', votes: [14, 1, 0] },
    actions: [
      {
        title: 'Write the county-wide screening rollout plan',
        dueInDays: 30,
        status: 'in-progress',
        priority: 'high',
        update: 'First draft shared with the unit supervisors for comments.',
      },
      { title: 'Confirm referral capacity with service providers', dueInDays: 21, status: 'done' },
    ],
  },
  {
    topics: [
      {
        title: 'Labor and employment partners',
        type: 'discussion',
        timeboxMinutes: 15,
        notes: 'The workforce board has not answered; try the youth employment program instead.',
      },
      {
        title: 'Recognition training debrief',
        type: 'information',
        timeboxMinutes: 15,
        notes: 'Sixty-two people attended from nine agencies; the evaluation was positive.',
      },
    ],
    decision: { text: 'Hold the recognition training again in the spring for new staff.', topic: 1 },
    actions: [
      {
        title: 'Meet the youth employment program director',
        dueInDays: 20,
        status: 'blocked',
        fromTopic: 0,
        update: 'Two emails unanswered; waiting for an introduction through the school district.',
      },
      { title: 'Share the training evaluation summary', dueInDays: 14, status: 'done', fromTopic: 1 },
    ],
  },
  {
    topics: [
      {
        title: 'Yearly report to the state',
        type: 'discussion',
        timeboxMinutes: 25,
        notes: 'Outline agreed: consultation record, protocols adopted, training delivered, referral counts.',
        unfinished: true,
      },
      { title: 'Caregiver voices', type: 'discussion', timeboxMinutes: 15, notes: 'Foster parent association offered to send a representative.' },
    ],
    decision: { text: 'Invite the foster parent association to join as a core member.', votes: [15, 0, 0] },
    actions: [
      {
        title: 'Draft the yearly report outline',
        dueInDays: 30,
        status: 'in-progress',
        fromTopic: 0,
        update: 'Outline drafted; waiting for the referral counts from the Data workgroup.',
      },
      { title: 'Send the foster parent association an invitation', dueInDays: 10, status: 'done' },
    ],
  },
  {
    topics: [
      {
        title: 'Data dashboard for referrals',
        type: 'information',
        timeboxMinutes: 20,
        notes: 'The Data workgroup showed a first dashboard of referral counts by month and source.',
      },
      {
        title: 'Trauma-informed interviewing training',
        type: 'decision',
        timeboxMinutes: 15,
        notes: 'The health department trainer is available in two months.',
      },
    ],
    decision: { text: 'Hold the trauma-informed interviewing training for law enforcement and caseworkers together.' },
    actions: [
      { title: 'Invite detectives and caseworkers to the interviewing training', dueInDays: 40, status: 'open' },
      {
        title: 'Add shelter referrals to the dashboard',
        dueInDays: 25,
        status: 'blocked',
        priority: 'high',
        fromTopic: 0,
        update: 'Waiting for the shelters to agree on which counts they can share.',
      },
    ],
  },
  {
    topics: [
      {
        title: 'Screening rollout status',
        type: 'information',
        timeboxMinutes: 15,
        notes: 'Four of six units are screening; two are waiting for training dates.',
      },
      {
        title: 'Missing children reporting timelines',
        type: 'discussion',
        timeboxMinutes: 20,
        notes: 'Law enforcement reminded everyone that reports are due within 24 hours; one partner missed that window.',
        confidential: true,
      },
    ],
    decision: { text: 'Add the 24-hour reporting reminder to every partner orientation.', topic: 1 },
    actions: [
      { title: 'Update the partner orientation packet', dueInDays: 14, status: 'open', priority: 'high' },
      { title: 'Train the last two units on screening', dueInDays: 25, status: 'open', fromTopic: 0 },
    ],
  },
  {
    topics: [
      {
        title: 'Yearly report: draft review',
        type: 'decision',
        timeboxMinutes: 25,
        notes: 'Draft reviewed; the consultation record by sector is the strongest part.',
      },
      {
        title: 'Goals for next year',
        type: 'discussion',
        timeboxMinutes: 20,
        notes: 'Close the labor and caregiver gaps; review both protocols; share data quarterly.',
        unfinished: true,
      },
    ],
    decision: { text: 'Approve the yearly report for submission to the state.', votes: [16, 0, 1] },
    actions: [
      { title: 'Submit the yearly report', dueInDays: 14, status: 'open', priority: 'high' },
      { title: 'Propose next year’s goals in writing', dueInDays: 28, status: 'open', fromTopic: 1 },
    ],
  },
];
