import { describe, expect, it } from 'vitest';
import type { AppEvent } from '../../shared/contract';
import { dataAreas } from '../../shared/dataAreas';
import { dataChangedBy } from '../../shared/dataChanges';
import { memberInput, organizationInput } from './support/directoryInputs';
import { createTestWorkspace, testDesk } from './support/testDesk';

const base64 = (text: string) => Buffer.from(text).toString('base64');

/** Every `data.changed` event the desk sends, in order. */
function changesHeard(t: ReturnType<typeof testDesk>): AppEvent[] {
  const heard: AppEvent[] = [];
  t.desk.events.subscribe((event) => {
    if (event.type === 'data.changed') heard.push(event);
  });
  return heard;
}

describe('the data.changed event', () => {
  it('follows a call that changed records, naming every area that shows them; a read, a refused call or a reveal sends none', async () => {
    const t = testDesk();
    await createTestWorkspace(t);
    const heard = changesHeard(t);

    const organization = await t.call('directory.createOrganization', organizationInput({ name: 'Lane County Child Welfare' }));
    // A name shows in meetings, action items, trainings, protocols and documents: a change to the directory names every area.
    expect(heard).toEqual([{ type: 'data.changed', areas: [...dataAreas] }]);

    heard.length = 0;
    await t.call('directory.listOrganizations', {});
    await t.call('directory.queryMembers', {});
    await t.fail('directory.createMember', { ...memberInput({ organizationId: organization.id }), fullName: '' });
    const member = await t.call('directory.createMember', memberInput({ organizationId: organization.id, protectedIdentity: true, displayName: 'A. L.' }));
    heard.length = 0;
    await t.call('directory.revealMember', { id: member.id });
    expect(heard).toEqual([]);

    await t.call('actions.create', { title: 'Call the shelter', ownerId: member.id, dueOn: '2026-12-20', priority: 'normal', details: '' });
    expect(heard).toEqual([{ type: 'data.changed', areas: ['meetings', 'trainings', 'dashboard'] }]);
  });

  it('follows an import job when it has written its rows, not when it starts', async () => {
    const t = testDesk();
    await createTestWorkspace(t);
    const heard = changesHeard(t);
    const finished = new Promise<void>((resolve) =>
      t.desk.events.subscribe((event) => {
        if (event.type === 'import.job' && event.status.state === 'finished') resolve();
      }),
    );
    const file = ['Organization,Sector,Involvement', 'Lane County Child Welfare,Child welfare,core'].join('\r\n');
    await t.call('directory.importStart', { kind: 'organizations', fileName: 'agencies.csv', contentBase64: base64(file) });
    expect(heard).toEqual([]);
    await finished;
    expect(heard).toEqual([{ type: 'data.changed', areas: [...dataAreas] }]);
  });

  it('names no area for the calls that only count as the person being active', () => {
    expect(dataChangedBy('session.activity')).toEqual([]);
    expect(dataChangedBy('exports.start')).toEqual([]);
    expect(dataChangedBy('documents.open')).toEqual([]);
    expect(dataChangedBy('meetings.get')).toEqual([]);
    expect(dataChangedBy('meetings.update')).toContain('meetings');
    expect(dataChangedBy('preferences.setDateStyle')).toEqual(dataAreas);
  });
});
