import { describe, expect, it } from 'vitest';
import type { ProtocolDetail } from '../../shared/contract';
import { versionStates } from '../../shared/protocolLabels';
import { addMonths, nextReviewOn, reviewStatus } from '../../shared/protocolReviews';
import { canMoveVersion } from '../../shared/protocolStates';
import { protocolsServingDuties } from '../../main/db/protocolEvidence';
import { archiveDeskMember, archiveDeskOrganization, addDeskMember } from './support/deskDirectory';
import { deskAudit } from './support/deskAudit';
import { adoptedProtocol, adoptingMeeting, protocolCoalition, protocolInput, withDeskStorage } from './support/deskProtocols';
import { describeEachDesk } from './support/eachDesk';
import { deskWithWorkspace } from './support/meetingInputs';
import { announceDueItems } from '../../main/app/announceDueItems';
import { browserHostServices } from '../../main/app/hostServices';

const unknownId = '01900000-0000-7000-8000-000000000000';
const firstVersion = (detail: ProtocolDetail) => detail.versions.at(-1)?.id ?? '';
const newestVersion = (detail: ProtocolDetail) => detail.versions[0]?.id ?? '';

describe('the version state rule', () => {
  it('allows draft -> in review -> adopted -> expired and back from review to draft, and nothing else', () => {
    const allowed = versionStates.flatMap((from) => versionStates.filter((to) => canMoveVersion(from, to)).map((to) => `${from} -> ${to}`));
    expect(allowed).toEqual(['draft -> in-review', 'in-review -> draft', 'in-review -> adopted', 'adopted -> expired']);
  });

  it('counts review dates in calendar months, on the last day of a shorter month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2026-03-15', 12)).toBe('2027-03-15');
    expect(nextReviewOn({ inForceSince: '2026-03-15', lastReviewedOn: null, reviewMonths: 12, renewalOn: '2026-12-31' })).toBe('2026-12-31');
    expect(nextReviewOn({ inForceSince: '2026-03-15', lastReviewedOn: '2026-09-01', reviewMonths: 12, renewalOn: null })).toBe('2027-09-01');
    expect(nextReviewOn({ inForceSince: '2026-03-15', lastReviewedOn: null, reviewMonths: null, renewalOn: null })).toBeNull();
    expect([
      reviewStatus('2026-05-01', '2026-03-01'),
      reviewStatus('2026-03-31', '2026-03-01'),
      reviewStatus('2026-03-01', '2026-03-01'),
      reviewStatus('2026-02-28', '2026-03-01'),
    ]).toEqual(['later', 'due', 'due', 'overdue']);
  });
});

describeEachDesk('protocols and agreements: versions and their states', (subject) => {
  it('creates a protocol with a first draft version, and nothing is adopted until the version has been in review', async () => {
    const { t } = subject;
    const created = await t.call('protocols.create', protocolInput({ requiredSectors: ['child-welfare'], duties: ['locate-missing', 'report-missing'] }));
    expect(created).toMatchObject({
      state: 'draft',
      currentVersion: { label: '1', state: 'draft' },
      nextReviewOn: null,
      review: 'none',
      duties: ['locate-missing', 'report-missing'],
    });
    expect(await t.fail('protocols.adopt', { id: firstVersion(created), adoptedOn: '2026-03-01' })).toMatchObject({
      code: 'CONFLICT',
      message: 'Version 1 is a draft, so it cannot become adopted.',
    });
    const inReview = await t.call('protocols.moveVersion', { id: firstVersion(created), state: 'in-review' });
    expect(inReview.state).toBe('in-review');
    expect((await t.call('protocols.moveVersion', { id: firstVersion(created), state: 'draft' })).state).toBe('draft');
    expect(await t.call('protocols.list', {})).toEqual([expect.objectContaining({ id: created.id, state: 'draft' })]);
  });

  it('adopting a new version supersedes the one adopted before, which then never moves again', async () => {
    const { t } = subject;
    const adopted = await adoptedProtocol(subject, '2026-02-01');
    expect(adopted).toMatchObject({
      state: 'adopted',
      currentVersion: { label: '1', state: 'adopted', adoptedOn: '2026-02-01', effectiveOn: '2026-02-01' },
      nextReviewOn: '2027-02-01',
      review: 'later',
    });
    const drafted = await t.call('protocols.addVersion', { protocolId: adopted.id, label: '2', changes: 'Adds the school district as a party.' });
    expect(drafted).toMatchObject({ state: 'adopted', currentVersion: { label: '1' }, openVersion: { label: '2', state: 'draft' } });
    expect(await t.fail('protocols.addVersion', { protocolId: adopted.id, label: '3' })).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('Version 2 is still a draft'),
    });
    await t.call('protocols.moveVersion', { id: newestVersion(drafted), state: 'in-review' });
    const second = await t.call('protocols.adopt', { id: newestVersion(drafted), adoptedOn: '2026-02-20', effectiveOn: '2026-03-01' });
    expect(second.versions.map((version) => [version.label, version.state, version.endedOn])).toEqual([
      ['2', 'adopted', null],
      ['1', 'superseded', '2026-03-01'],
    ]);
    expect(second).toMatchObject({ currentVersion: { label: '2', effectiveOn: '2026-03-01' }, openVersion: null, nextReviewOn: '2027-03-01' });
    for (const state of ['draft', 'in-review', 'expired', 'superseded'] as const) {
      expect((await t.fail('protocols.moveVersion', { id: firstVersion(second), state })).code).toBe('CONFLICT');
    }
    expect((await t.fail('protocols.moveVersion', { id: newestVersion(second), state: 'superseded' })).code).toBe('CONFLICT');
    const expired = await t.call('protocols.moveVersion', { id: newestVersion(second), state: 'expired' });
    expect(expired).toMatchObject({ state: 'expired', currentVersion: { label: '2', state: 'expired' }, nextReviewOn: null });
  });

  it('records the meeting and the decision that adopted a version, and refuses a decision of another meeting or one not adopted', async () => {
    const { t } = subject;
    const { meeting, adopted, rejected } = await adoptingMeeting(subject);
    const other = await t.call('meetings.create', {
      title: 'April meeting',
      kind: 'full-coalition',
      startsAt: '2026-04-09T10:00',
      timeZone: 'America/Los_Angeles',
      durationMinutes: 60,
    });
    const created = await t.call('protocols.create', protocolInput());
    await t.call('protocols.moveVersion', { id: firstVersion(created), state: 'in-review' });
    const before = await t.call('protocols.get', { id: created.id });
    expect(await t.fail('protocols.adopt', { id: firstVersion(created), adoptedOn: '2026-03-12', meetingId: other.id, decisionId: adopted.id })).toMatchObject({
      code: 'VALIDATION',
      fieldErrors: { decisionId: ['That decision was not recorded at the chosen meeting.'] },
    });
    expect(
      await t.fail('protocols.adopt', { id: firstVersion(created), adoptedOn: '2026-03-12', meetingId: meeting.id, decisionId: rejected.id }),
    ).toMatchObject({ code: 'VALIDATION', fieldErrors: { decisionId: [expect.stringContaining('not adopted')] } });
    expect(await t.fail('protocols.adopt', { id: firstVersion(created), adoptedOn: '2026-03-12', meetingId: unknownId })).toMatchObject({
      code: 'VALIDATION',
      fieldErrors: { meetingId: ['That meeting no longer exists.'] },
    });
    expect(await t.fail('protocols.adopt', { id: firstVersion(created), adoptedOn: '2026-03-12', decisionId: adopted.id })).toMatchObject({
      code: 'VALIDATION',
      fieldErrors: { meetingId: [expect.any(String)] },
    });
    expect(await t.call('protocols.get', { id: created.id })).toEqual(before);
    const done = await t.call('protocols.adopt', { id: firstVersion(created), adoptedOn: '2026-03-12', meetingId: meeting.id, decisionId: adopted.id });
    expect(done.versions[0]).toMatchObject({
      state: 'adopted',
      meeting: { id: meeting.id, title: 'March coalition meeting' },
      decision: { id: adopted.id, text: 'Adopt the runaway protocol.' },
    });
  });

  it('keeps version labels unique within a protocol, and a version once adopted keeps its label', async () => {
    const { t } = subject;
    const adopted = await adoptedProtocol(subject, '2026-02-01');
    expect(await t.fail('protocols.addVersion', { protocolId: adopted.id, label: '1' })).toMatchObject({
      code: 'VALIDATION',
      fieldErrors: { label: [expect.stringContaining('already a version 1')] },
    });
    expect((await t.fail('protocols.updateVersion', { id: firstVersion(adopted), label: '1a' })).code).toBe('CONFLICT');
    const next = await t.call('protocols.addVersion', { protocolId: adopted.id, label: '2' });
    expect((await t.call('protocols.updateVersion', { id: newestVersion(next), label: '2026 revision', changes: 'New contacts' })).openVersion).toMatchObject({
      label: '2026 revision',
    });
  });
});

describeEachDesk('protocols and agreements: parties and sign-offs', (subject) => {
  it('shows who has not signed the current version; a new version starts with every party pending', async () => {
    const { t } = subject;
    const { organizations, members } = await protocolCoalition(subject);
    const adopted = await adoptedProtocol(subject, '2026-02-01');
    await t.call('protocols.setParty', { protocolId: adopted.id, organizationId: organizations.childWelfare.id, signatoryId: members.director.id });
    const withParties = await t.call('protocols.setParty', { protocolId: adopted.id, organizationId: organizations.police.id, signatoryId: members.chief.id });
    expect(withParties.unsignedParties.map((party) => party.name)).toEqual(['Eugene Police Department', 'Lane County Child Welfare']);
    const signed = await t.call('protocols.setSignOff', {
      versionId: firstVersion(adopted),
      organizationId: organizations.childWelfare.id,
      status: 'signed',
      signedOn: '2026-02-10',
    });
    expect(signed.unsignedParties).toEqual([{ organizationId: organizations.police.id, name: 'Eugene Police Department', status: 'pending' }]);
    expect(signed.versions[0]?.signOffs).toContainEqual({
      organizationId: organizations.childWelfare.id,
      status: 'signed',
      signedOn: '2026-02-10',
      signatoryName: 'Dana Whitfield',
    });
    const declined = await t.call('protocols.setSignOff', {
      versionId: firstVersion(adopted),
      organizationId: organizations.police.id,
      status: 'declined',
      signedOn: null,
    });
    expect(declined.unsignedParties).toEqual([{ organizationId: organizations.police.id, name: 'Eugene Police Department', status: 'declined' }]);

    const drafted = await t.call('protocols.addVersion', { protocolId: adopted.id, label: '2' });
    expect(drafted.versions[0]?.signOffs.map((signOff) => signOff.status)).toEqual(['pending', 'pending']);
    await t.call('protocols.moveVersion', { id: newestVersion(drafted), state: 'in-review' });
    const second = await t.call('protocols.adopt', { id: newestVersion(drafted), adoptedOn: '2026-06-01' });
    expect(second.unsignedParties.map((party) => [party.name, party.status])).toEqual([
      ['Eugene Police Department', 'pending'],
      ['Lane County Child Welfare', 'pending'],
    ]);
    expect(second.versions[1]?.signOffs.find((signOff) => signOff.organizationId === organizations.childWelfare.id)).toMatchObject({
      status: 'signed',
      signedOn: '2026-02-10',
    });
  });

  it('refuses a sign-off on a draft or a superseded version, by an organization that is not a party, or signed without a date', async () => {
    const { t } = subject;
    const { organizations } = await protocolCoalition(subject);
    const adopted = await adoptedProtocol(subject, '2026-02-01');
    await t.call('protocols.setParty', { protocolId: adopted.id, organizationId: organizations.childWelfare.id });
    const drafted = await t.call('protocols.addVersion', { protocolId: adopted.id, label: '2' });
    const before = await t.call('protocols.get', { id: adopted.id });
    expect(
      await t.fail('protocols.setSignOff', {
        versionId: newestVersion(drafted),
        organizationId: organizations.childWelfare.id,
        status: 'signed',
        signedOn: '2026-03-01',
      }),
    ).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('is a draft') });
    expect(
      await t.fail('protocols.setSignOff', {
        versionId: firstVersion(adopted),
        organizationId: organizations.police.id,
        status: 'signed',
        signedOn: '2026-03-01',
      }),
    ).toMatchObject({ code: 'VALIDATION', fieldErrors: { organizationId: [expect.stringContaining('not a party')] } });
    expect(
      await t.fail('protocols.setSignOff', {
        versionId: firstVersion(adopted),
        organizationId: organizations.childWelfare.id,
        status: 'signed',
        signedOn: null,
      }),
    ).toMatchObject({ code: 'VALIDATION', fieldErrors: { signedOn: ['Say the date it was signed.'] } });
    expect(await t.call('protocols.get', { id: adopted.id })).toEqual(before);
    await t.call('protocols.moveVersion', { id: newestVersion(drafted), state: 'in-review' });
    await t.call('protocols.adopt', { id: newestVersion(drafted), adoptedOn: '2026-04-01' });
    expect(
      await t.fail('protocols.setSignOff', {
        versionId: firstVersion(adopted),
        organizationId: organizations.childWelfare.id,
        status: 'signed',
        signedOn: '2026-04-02',
      }),
    ).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('superseded') });
  });

  it('takes as signatory only an active member of the party organization', async () => {
    const { t } = subject;
    const { organizations, members } = await protocolCoalition(subject);
    const unaffiliated = await addDeskMember(subject, { fullName: 'Pat Lee' });
    const leaving = await addDeskMember(subject, { fullName: 'Robin Hale', organizationId: organizations.police.id });
    await archiveDeskMember(subject, leaving.id);
    const created = await t.call('protocols.create', protocolInput());
    const refusals = [
      await t.fail('protocols.setParty', { protocolId: created.id, organizationId: organizations.police.id, signatoryId: members.director.id }),
      await t.fail('protocols.setParty', { protocolId: created.id, organizationId: organizations.police.id, signatoryId: unaffiliated.id }),
    ];
    for (const refusal of refusals)
      expect(refusal).toMatchObject({ code: 'VALIDATION', fieldErrors: { signatoryId: ['The signatory must be a member of the organization that signs.'] } });
    expect(await t.fail('protocols.setParty', { protocolId: created.id, organizationId: organizations.police.id, signatoryId: leaving.id })).toMatchObject({
      fieldErrors: { signatoryId: [expect.stringContaining('archived')] },
    });
    expect(await t.fail('protocols.setParty', { protocolId: created.id, organizationId: organizations.police.id, signatoryId: unknownId })).toMatchObject({
      fieldErrors: { signatoryId: ['That person is not in the roster.'] },
    });
    expect(await t.fail('protocols.setParty', { protocolId: created.id, organizationId: unknownId })).toMatchObject({
      fieldErrors: { organizationId: [expect.stringContaining('not in the directory')] },
    });
    expect((await t.call('protocols.get', { id: created.id })).parties).toEqual([]);
    const party = await t.call('protocols.setParty', { protocolId: created.id, organizationId: organizations.police.id, signatoryId: members.chief.id });
    expect(party.parties).toEqual([
      {
        organizationId: organizations.police.id,
        name: 'Eugene Police Department',
        sector: 'law-enforcement-justice',
        archived: false,
        signatory: { id: members.chief.id, shownName: 'Marcus Ortega' },
        members: [{ id: members.chief.id, shownName: 'Marcus Ortega' }],
      },
    ]);
    expect((await t.call('protocols.removeParty', { protocolId: created.id, organizationId: organizations.police.id })).parties).toEqual([]);
  });

  it('shows which required sectors are not yet parties, and which organizations at the table could fill them', async () => {
    const { t } = subject;
    const { organizations } = await protocolCoalition(subject);
    const created = await t.call(
      'protocols.create',
      protocolInput({ title: 'County CSEC protocol', requiredSectors: ['education', 'child-welfare', 'law-enforcement-justice', 'behavioral-health'] }),
    );
    expect(created.missingSectors).toEqual(['child-welfare', 'law-enforcement-justice', 'behavioral-health', 'education']);
    await t.call('protocols.setParty', { protocolId: created.id, organizationId: organizations.childWelfare.id });
    const detail = await t.call('protocols.setParty', { protocolId: created.id, organizationId: organizations.police.id });
    expect(detail.missingSectors).toEqual(['behavioral-health', 'education']);
    expect(detail.candidates).toEqual([
      { sector: 'behavioral-health', organizations: [] },
      { sector: 'education', organizations: [{ id: organizations.schools.id, name: 'Lane Education Service District' }] },
    ]);
    await archiveDeskOrganization(subject, organizations.police.id);
    expect((await t.call('protocols.list', {}))[0]?.missingSectors).toEqual(['law-enforcement-justice', 'behavioral-health', 'education']);
  });
});

describeEachDesk('protocols and agreements: reviews', (subject) => {
  it('measures review dates against today in the coalition’s time zone', async () => {
    const { t } = subject;
    const adopted = await adoptedProtocol(subject, '2026-02-28');
    expect(adopted.nextReviewOn).toBe('2027-02-28');
    // 03:00 UTC on March 1 is still February 28 in Los Angeles, and already March 1 in Auckland.
    t.clock.now = new Date('2027-03-01T03:00:00Z');
    await t.call('preferences.setTimeZone', { timeZone: 'America/Los_Angeles' });
    expect(await t.call('protocols.reviews', {})).toMatchObject({
      today: '2027-02-28',
      overdue: 0,
      due: 1,
      items: [{ id: adopted.id, review: 'due', nextReviewOn: '2027-02-28' }],
    });
    expect((await t.call('protocols.get', { id: adopted.id })).state).toBe('due-for-review');
    await t.call('preferences.setTimeZone', { timeZone: 'Pacific/Auckland' });
    expect(await t.call('protocols.reviews', {})).toMatchObject({ today: '2027-03-01', overdue: 1, due: 0, items: [{ review: 'overdue' }] });
    t.clock.now = new Date('2027-01-20T12:00:00Z');
    expect(await t.call('protocols.reviews', {})).toMatchObject({ overdue: 0, due: 0, items: [{ review: 'later' }] });
  });

  it('counts the next review from a review that kept the version, or from an earlier renewal date', async () => {
    const { t } = subject;
    const adopted = await adoptedProtocol(subject, '2025-01-15', { kind: 'mou', subtype: null, title: 'MOU with the sheriff', renewalOn: '2025-10-01' });
    expect(adopted).toMatchObject({ nextReviewOn: '2025-10-01', review: 'overdue', state: 'due-for-review' });
    const reviewed = await t.call('protocols.recordReview', { id: adopted.id, reviewedOn: '2026-02-20' });
    expect(reviewed).toMatchObject({ lastReviewedOn: '2026-02-20', nextReviewOn: '2025-10-01' });
    const renewed = await t.call('protocols.update', { id: adopted.id, title: 'MOU with the sheriff', kind: 'mou', reviewMonths: 12, renewalOn: '2028-01-15' });
    expect(renewed).toMatchObject({ nextReviewOn: '2027-02-20', review: 'later', state: 'adopted' });
    const draft = await t.call('protocols.create', protocolInput());
    expect((await t.fail('protocols.recordReview', { id: draft.id, reviewedOn: '2026-02-20' })).code).toBe('CONFLICT');
  });
});

describeEachDesk('protocols and agreements: bad input changes nothing', (subject) => {
  it('refuses bad fields with field errors, unknown records with NOT_FOUND, and writes no history for either', async () => {
    const { t } = subject;
    const created = await t.call('protocols.create', protocolInput());
    const before = await t.call('protocols.list', {});
    const history = (await deskAudit(subject)).length;
    expect(await t.fail('protocols.create', protocolInput({ kind: 'mou', subtype: 'screening' }))).toMatchObject({
      code: 'VALIDATION',
      fieldErrors: { subtype: [expect.any(String)] },
    });
    expect(await t.fail('protocols.create', { ...protocolInput(), kind: 'treaty' })).toMatchObject({
      code: 'VALIDATION',
      fieldErrors: { kind: [expect.any(String)] },
    });
    expect(await t.fail('protocols.create', protocolInput({ title: '   ' }))).toMatchObject({
      code: 'VALIDATION',
      fieldErrors: { title: [expect.any(String)] },
    });
    expect(await t.fail('protocols.create', protocolInput({ reviewMonths: 0 }))).toMatchObject({
      code: 'VALIDATION',
      fieldErrors: { reviewMonths: [expect.any(String)] },
    });
    expect(await t.fail('protocols.create', { ...protocolInput(), requiredSectors: ['police'] })).toMatchObject({ code: 'VALIDATION' });
    expect(await t.fail('protocols.create', { ...protocolInput(), duties: ['be-nice'] })).toMatchObject({ code: 'VALIDATION' });
    expect(await t.fail('protocols.update', { ...protocolInput(), id: created.id, renewalOn: '2026-02-30' })).toMatchObject({
      code: 'VALIDATION',
      fieldErrors: { renewalOn: ['That date does not exist.'] },
    });
    expect((await t.fail('protocols.update', { ...protocolInput(), id: unknownId })).code).toBe('NOT_FOUND');
    expect((await t.fail('protocols.addVersion', { protocolId: unknownId, label: '2' })).code).toBe('NOT_FOUND');
    expect((await t.fail('protocols.moveVersion', { id: unknownId, state: 'in-review' })).code).toBe('NOT_FOUND');
    expect((await t.fail('protocols.moveVersion', { id: firstVersion(created), state: 'adopted' })).code).toBe('VALIDATION');
    expect((await t.fail('protocols.get', { id: unknownId })).code).toBe('NOT_FOUND');
    expect(await t.call('protocols.list', {})).toEqual(before);
    expect(await deskAudit(subject)).toHaveLength(history);
  });
});

describeEachDesk('protocols as evidence for the six duties', (subject) => {
  it('lists, per duty, the protocols with a version in force and the date it was adopted', async () => {
    const { t } = subject;
    const inForce = await adoptedProtocol(subject, '2026-01-10', { title: 'Missing from care protocol', duties: ['locate-missing', 'report-missing'] });
    await t.call('protocols.create', protocolInput({ title: 'Screening protocol (draft)', subtype: 'screening', duties: ['identify-and-serve'] }));
    const lapsed = await adoptedProtocol(subject, '2025-01-10', { title: 'Old reporting MOU', kind: 'mou', subtype: null, duties: ['report-victims'] });
    await t.call('protocols.moveVersion', { id: firstVersion(lapsed), state: 'expired' });
    const evidence = await withDeskStorage(subject, (db) => protocolsServingDuties(db));
    expect(
      evidence.map(({ duty, protocols }) => [duty, protocols.map((protocol) => `${protocol.title} v${protocol.versionLabel} ${protocol.adoptedOn}`)]),
    ).toEqual([
      ['consult', []],
      ['identify-and-serve', []],
      ['report-victims', []],
      ['locate-missing', ['Missing from care protocol v1 2026-01-10']],
      ['learn-why-left', []],
      ['report-missing', ['Missing from care protocol v1 2026-01-10']],
    ]);
    expect(evidence[3]?.protocols[0]).toMatchObject({ id: inForce.id, kind: 'protocol', effectiveOn: '2026-01-10' });
  });
});

// The notice itself is still on the synchronous path (SQLCipher only) until the action items move to the engine.
describe('protocol reviews in the once-a-day notice', () => {
  it('announces due and overdue reviews once a day, with counts only, and leaves reviews out when none are due', async () => {
    const { t } = await deskWithWorkspace();
    const subject = { dialect: 'sqlcipher', t, serverEngine: null } as const;
    await t.call('preferences.setTimeZone', { timeZone: 'America/Los_Angeles' });
    await adoptedProtocol(subject, '2026-02-28', { title: 'Secret-sounding protocol name' });
    expect(await t.call('actions.takeDueNotice', {})).toEqual({ announce: false, overdue: 0, dueSoon: 0, mine: 0 });
    t.clock.now = new Date('2027-03-01T03:00:00Z');
    const notice = await t.call('actions.takeDueNotice', {});
    expect(notice).toEqual({ announce: true, overdue: 0, dueSoon: 0, mine: 0, reviews: { overdue: 0, due: 1 } });
    const shown: Array<{ title: string; body: string }> = [];
    announceDueItems({ ...browserHostServices, notify: (message) => shown.push(message) }, notice);
    expect(shown).toEqual([{ title: 'Coalition Desk: reviews are due', body: '1 protocol or agreement review is due within 30 days.' }]);
    expect((await t.call('actions.takeDueNotice', {})).announce).toBe(false);
  });
});
