// A small coalition for the protocols tests on either engine: two organizations at the table with a signatory each,
// an education office at the table that is not yet a party, and a meeting where a decision adopted something.
import type { ChannelInput, ProtocolDetail } from '../../../shared/contract';
import { sqlcipherEngine, type StorageExecutor } from '../../../main/db/engine/storageEngine';
import { openEncryptedDatabase } from '../../../main/db/openDatabase';
import { unlockDataKey } from '../../../main/workspace/unlockDataKey';
import { workspaceFiles } from '../../../main/workspace/workspaceFiles';
import { addDeskMember, addDeskOrganization } from './deskDirectory';
import type { DeskUnderTest } from './eachDesk';
import { meetingInput } from './meetingInputs';
import { PASSPHRASE } from './testDesk';

export function protocolInput(overrides: Partial<ChannelInput<'protocols.create'>> = {}): ChannelInput<'protocols.create'> {
  return { title: 'Runaway and missing youth protocol', kind: 'protocol', subtype: 'locating-missing', reviewMonths: 12, ...overrides };
}

export async function protocolCoalition(subject: DeskUnderTest) {
  const childWelfare = await addDeskOrganization(subject, { name: 'Lane County Child Welfare', sector: 'child-welfare' });
  const police = await addDeskOrganization(subject, { name: 'Eugene Police Department', sector: 'law-enforcement-justice' });
  const schools = await addDeskOrganization(subject, { name: 'Lane Education Service District', sector: 'education' });
  const director = await addDeskMember(subject, { fullName: 'Dana Whitfield', organizationId: childWelfare.id });
  const chief = await addDeskMember(subject, { fullName: 'Marcus Ortega', organizationId: police.id });
  return { organizations: { childWelfare, police, schools }, members: { director, chief } };
}

/** A meeting under way with one adopted decision and one rejected. */
export async function adoptingMeeting(subject: DeskUnderTest) {
  const { t } = subject;
  const meeting = await t.call('meetings.create', meetingInput({ title: 'March coalition meeting' }));
  await t.call('meetings.start', { id: meeting.id });
  const adopted = await t.call('decisions.record', { meetingId: meeting.id, text: 'Adopt the runaway protocol.', outcome: 'adopted' });
  const rejected = await t.call('decisions.record', { meetingId: meeting.id, text: 'Adopt the draft as it stands.', outcome: 'rejected' });
  return { meeting, adopted, rejected };
}

/** Creates a protocol and takes its first version through review to adoption on `adoptedOn`. */
export async function adoptedProtocol(
  subject: DeskUnderTest,
  adoptedOn: string,
  overrides: Partial<ChannelInput<'protocols.create'>> = {},
): Promise<ProtocolDetail> {
  const { t } = subject;
  const created = await t.call('protocols.create', protocolInput(overrides));
  const version = created.versions[0]?.id ?? '';
  await t.call('protocols.moveVersion', { id: version, state: 'in-review' });
  return t.call('protocols.adopt', { id: version, adoptedOn });
}

/** The storage engine the desk's records are on: the server database, or the workspace file through a second connection. */
export async function withDeskStorage<T>(subject: DeskUnderTest, use: (db: StorageExecutor) => Promise<T>): Promise<T> {
  if (subject.serverEngine) return use(subject.serverEngine.db);
  const { workspace } = await subject.t.call('workspace.details', {});
  const files = workspaceFiles(workspace.path);
  const { dataKey, keySlots } = await unlockDataKey(files, 'passphrase', PASSPHRASE);
  const database = openEncryptedDatabase(files.database, dataKey, keySlots.database);
  try {
    return await use(sqlcipherEngine(database).db);
  } finally {
    database.close();
  }
}
