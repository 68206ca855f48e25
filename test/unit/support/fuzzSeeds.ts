import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import type { ChannelName } from '../../../shared/contract';
import { type FieldHint, isoDate } from './schemaArbitrary';
import { PASSPHRASE, type TestDesk, tempDir } from './testDesk';

/** The kinds of record an id field can point at. */
export type Entity =
  'organization' | 'member' | 'workgroup' | 'meeting' | 'series' | 'agendaItem' | 'attendee' | 'decision' | 'actionItem' | 'template' | 'exportJob';

/** Which record a named id field takes, wherever it appears. `id` itself depends on the channel (entityOfChannel). */
const entityOfField: Record<string, Entity> = {
  organizationId: 'organization',
  organizationIds: 'organization',
  memberId: 'member',
  memberIds: 'member',
  chairId: 'member',
  facilitatorId: 'member',
  noteTakerId: 'member',
  presenterId: 'member',
  movedById: 'member',
  secondedById: 'member',
  ownerId: 'member',
  mineFirst: 'member',
  workgroupId: 'workgroup',
  workgroupIds: 'workgroup',
  seriesId: 'series',
  meetingId: 'meeting',
  atMeetingId: 'meeting',
  sourceMeetingId: 'meeting',
  itemId: 'agendaItem',
  itemIds: 'agendaItem',
  agendaItemId: 'agendaItem',
  sourceAgendaItemId: 'agendaItem',
  templateId: 'template',
  ids: 'actionItem',
  jobId: 'exportJob',
};

/** The record a channel's own `id` (and its answer's `id`) names. */
export function entityOfChannel(channel: ChannelName): Entity | undefined {
  const [area = '', verb = ''] = channel.split('.');
  if (area === 'directory') return /Organization$/.test(verb) ? 'organization' : /Member$/.test(verb) ? 'member' : undefined;
  const byArea: Record<string, Entity> = {
    workgroups: 'workgroup',
    meetings: 'meeting',
    agenda: 'agendaItem',
    templates: 'template',
    attendance: 'attendee',
    decisions: 'decision',
    actions: 'actionItem',
  };
  return byArea[area];
}

/** Real ids per entity, read from the sample coalition and grown with every record the fuzzing creates. */
export type IdPools = Record<Entity, string[]>;

export async function sampleIdPools(t: TestDesk): Promise<IdPools> {
  const organizations = await t.call('directory.listOrganizations', { includeArchived: true });
  const members = await t.call('directory.listMembers', { includeArchived: true });
  const workgroups = await t.call('workgroups.list', { includeArchived: true });
  const meetings = await t.call('meetings.list', {});
  const details = await Promise.all(meetings.map((meeting) => t.call('meetings.get', { id: meeting.id })));
  const actions = await t.call('actions.query', { limit: 1000 });
  const templates = await t.call('templates.list', {});
  const pools: IdPools = {
    organization: organizations.map((row) => row.id),
    member: members.map((row) => row.id),
    workgroup: workgroups.map((row) => row.id),
    meeting: meetings.map((row) => row.id),
    series: [...new Set(meetings.flatMap((row) => (row.seriesId ? [row.seriesId] : [])))],
    agendaItem: details.flatMap((detail) => detail.agenda.map((item) => item.id)),
    attendee: details.flatMap((detail) => detail.attendees.map((attendee) => attendee.id)),
    decision: details.flatMap((detail) => detail.decisions.map((decision) => decision.id)),
    actionItem: actions.rows.map((row) => row.id),
    template: templates.map((template) => template.id),
    exportJob: [],
  };
  for (const [entity, ids] of Object.entries(pools)) {
    if (ids.length === 0 && entity !== 'exportJob') throw new Error(`The sample coalition has no ${entity} to fuzz with.`);
  }
  return pools;
}

/** What the fuzzer knows of the workspace it runs against; the secrets change as the fuzzing changes them. */
export interface FuzzWorld {
  workspacePath: string;
  passphrase: string;
  recoveryCode: string;
  backupFiles: string[];
  pools: IdPools;
}

/** Any one of the live pool's ids (read when the value is drawn, so new records join in); now and then a made-up one. */
function poolId(pool: string[]): fc.Arbitrary<string> {
  const real = fc.nat().map((index) => pool[index % Math.max(1, pool.length)]);
  return fc.oneof({ arbitrary: real.filter((id): id is string => id !== undefined), weight: 9 }, { arbitrary: fc.uuid({ version: 7 }), weight: 1 });
}

const strongPassphrase = fc
  .array(fc.constantFrom('correct', 'horse', 'battery', 'staple', 'lantern', 'orchard', 'copper', 'meadow', 'violet', 'harbor', 'thistle', 'quartz'), {
    minLength: 5,
    maxLength: 6,
  })
  .map((words) => words.join(' '));

/** A small CSV of the shape the directory import reads, base64 as the contract carries it. */
const importCsv = Buffer.from('Organization,Sector,Tier\nRiver Valley Youth Shelter,child-welfare,core\nEastside Clinic,health,periodic\n').toString('base64');

/** Values for the fields whose meaning the schema cannot tell: ids, paths, secrets, zones, links. */
export function fuzzHints(channel: ChannelName, world: FuzzWorld): FieldHint {
  const scratch = tempDir('coalition-desk-fuzz-');
  const freshFolder = fc.nat().map((n) => {
    const folder = path.join(scratch, `folder-${n}`);
    fs.mkdirSync(folder, { recursive: true });
    return folder;
  });
  const passphrase = fc.oneof(
    { arbitrary: fc.constant(null).map(() => world.passphrase), weight: 8 },
    { arbitrary: fc.constant(PASSPHRASE), weight: 1 },
    { arbitrary: strongPassphrase, weight: 1 },
  );
  return (field) => {
    if (field === 'id') {
      const entity = entityOfChannel(channel);
      return entity ? poolId(world.pools[entity]) : undefined;
    }
    const entity = entityOfField[field];
    if (entity) return poolId(world.pools[entity]);
    switch (field) {
      case 'path':
        return channel === 'exports.showInFolder' ? undefined : fc.constant(null).map(() => world.workspacePath);
      case 'backupFile':
        return fc.nat().map((index) => world.backupFiles[index % world.backupFiles.length]!);
      case 'folder':
      case 'location':
        return freshFolder;
      case 'passphrase':
      case 'currentPassphrase':
        return passphrase;
      case 'newPassphrase':
        return strongPassphrase;
      case 'secret':
        return fc.oneof(
          passphrase,
          fc.constant(null).map(() => world.recoveryCode),
        );
      case 'recoveryCode':
        return fc.constant(null).map(() => world.recoveryCode);
      case 'timeZone':
        return fc.constantFrom('America/Los_Angeles', 'America/New_York', 'Europe/Paris', 'UTC', 'Pacific/Honolulu');
      case 'website':
        return fc.constantFrom('', 'https://example.org', 'http://shelter.example.com/about');
      case 'videoLink':
        return fc.constantFrom('', 'https://meet.example.org/coalition');
      case 'email':
        return fc.constantFrom('', 'ana@example.org', 'intake@shelter.example.com');
      case 'html':
        return fc.string({ maxLength: 60 }).map((text) => `<p>${text.replace(/[<>&]/g, ' ')}</p><ul><li>next step</li></ul>`);
      case 'recordedOn':
        // A piped date schema (plan progress): the schema's own arbitrary would only make strings that are not dates.
        return isoDate;
      case 'contentBase64':
        return fc.constant(importCsv);
      case 'query':
        return channel === 'search.global' ? fc.constantFrom('protocol', 'munoz', 'shelter', 'minutes', 'runaway response') : undefined;
      default:
        return undefined;
    }
  };
}
