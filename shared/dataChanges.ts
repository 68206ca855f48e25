import { type ChannelName, contract } from './contract';
import { type DataArea, dataAreas } from './dataAreas';

/**
 * What a change in each part of the contract can make stale, besides itself: a person's or an organization's name,
 * and the date style and time zone, show in every area; the coalition's details show on the dashboard; a meeting's decisions and action items show in the plan
 * (under the meetings scope) and in the duties' evidence; documents are attached to meetings and protocols.
 */
const changedAreas: Readonly<Record<string, readonly DataArea[]>> = {
  directory: dataAreas,
  workgroups: dataAreas,
  preferences: dataAreas,
  settings: ['dashboard'],
  dashboard: ['dashboard'],
  meetings: ['meetings', 'documents', 'trainings', 'protocols', 'dashboard'],
  agenda: ['meetings', 'documents'],
  attendance: ['meetings', 'dashboard'],
  decisions: ['meetings', 'protocols', 'trainings'],
  templates: ['meetings'],
  agendaReviews: ['meetings', 'data'],
  actions: ['meetings', 'trainings', 'dashboard'],
  plan: ['meetings', 'annual-report'],
  trainings: ['trainings', 'meetings', 'annual-report', 'dashboard'],
  outreach: ['trainings', 'annual-report'],
  duties: ['trainings', 'meetings'],
  protocols: ['protocols', 'meetings', 'documents', 'dashboard'],
  documents: ['documents', 'meetings', 'protocols'],
  data: ['data', 'meetings', 'annual-report', 'dashboard'],
  annualReport: ['annual-report'],
};

/** Calls that count as the person being active but change no record a view shows: reading, staging or making a file, the idle lock's time. */
const activeButReading = new Set<ChannelName>([
  'directory.revealMember',
  'directory.importStage',
  'directory.importPreview',
  'directory.importProblemRows',
  'directory.importStart',
  'directory.importCancel',
  'documents.uploadStart',
  'documents.readChunk',
  'documents.open',
  'data.partnerFileStage',
  'plan.export',
  'digests.emailDraft',
  'settings.setAutoLock',
]);

/** The areas a successful call may have changed, for the `data.changed` event; none for a read. */
export function dataChangedBy(channel: ChannelName): readonly DataArea[] {
  if (!contract[channel].touchesSession || activeButReading.has(channel)) return [];
  return changedAreas[channel.slice(0, channel.indexOf('.'))] ?? [];
}
