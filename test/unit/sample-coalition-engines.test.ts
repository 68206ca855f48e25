import { describe, expect, it } from 'vitest';
import type { ChannelOutput } from '../../shared/contract';
import { measureTable } from '../../shared/dataReview';
import type { StorageDialect } from '../../main/db/engine/storageEngine';
import { SAMPLE_COALITION } from '../../main/sample/sampleOrganizations';
import { addDeskMember } from './support/deskDirectory';
import { type DeskUnderTest, TEST_COALITION, describeEachDesk } from './support/eachDesk';

/** Loading the sample is a year of a coalition's work through the services: seconds, many more on a loaded machine. */
const LOADING_TIMEOUT_MS = 240_000;

/** What a coordinator sees of the sample on each engine, recorded to compare the two at the end of the file. */
const figuresByEngine = new Map<StorageDialect, Awaited<ReturnType<typeof sampleFigures>>>();

/** The table of one measure of the P.L. 113-183 set: who reported, and the sum of what they reported. */
function identifiedFigures(series: ChannelOutput<'dataReview.series'>) {
  const measure = series.measures.find((candidate) => candidate.name === 'Youth identified as sex trafficking victims');
  const table = measureTable(series, measure?.id ?? '', 'exact');
  return { organizations: table.organizations.length, total: table.cells.flat().reduce((sum, cell) => sum + (cell.value ?? 0), 0) };
}

async function coalitionName({ t }: DeskUnderTest): Promise<string | null> {
  const { session } = await t.call('app.status', {});
  return session.state === 'unlocked' ? session.workspace.name : null;
}

async function sampleFigures(subject: DeskUnderTest) {
  const { t } = subject;
  const organizations = await t.call('directory.listOrganizations', {});
  const members = await t.call('directory.listMembers', {});
  const meetings = await t.call('meetings.list', {});
  const actions = await t.call('actions.query', { limit: 1000 });
  const plan = await t.call('plan.get', {});
  const duties = await t.call('duties.checklist', {});
  const series = await t.call('dataReview.series', { from: '2024-Q1', to: '2025-Q4', setId: 'pl-113-183' });
  return {
    coalition: await coalitionName(subject),
    organizations: organizations.length,
    firstOrganizations: organizations.slice(0, 5).map((organization) => organization.name),
    members: members.length,
    protectedMembers: members.filter((member) => member.protectedIdentity).length,
    meetingStatuses: meetings.map((meeting) => meeting.status).sort(),
    actionItems: actions.total,
    actionCounts: await t.call('actions.counts', {}),
    objectives: plan.goals.flatMap((goal) => goal.objectives.map((objective) => objective.status)),
    protocols: (await t.call('protocols.list', {})).map((protocol) => [protocol.title, protocol.state]),
    documents: (await t.call('documents.list', {})).length,
    trainings: (await t.call('trainings.list', {})).length,
    outreach: (await t.call('outreach.list', {})).length,
    duties: duties.duties.map((duty) => [duty.id, duty.status]),
    identified: identifiedFigures(series),
    // The two engines rank matches each their own way (bm25, ts_rank): the same hits, compared as a set.
    munoz: (await t.call('search.global', { query: 'munoz' })).map((hit) => hit.title).sort(),
  };
}

describeEachDesk('the sample coalition, loaded into an open coalition', (subject) => {
  it(
    'loads in one go: the sample’s name, directory, year of meetings, plan, protocols, figures and trainings',
    async () => {
      const started = process.hrtime.bigint();
      const summary = await subject.t.call('workspace.loadSample', {});
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      // A figure for the record (docs), not a check: wall time depends on the machine's load.
      console.log(`Sample coalition loaded on ${subject.dialect} in ${seconds.toFixed(1)} s`);
      expect(summary).toMatchObject({ meetings: 13, decisions: 23, actionItems: 24, protocols: 5, trainings: 8, outreach: 5 });

      const figures = await sampleFigures(subject);
      expect(figures).toMatchObject({
        coalition: SAMPLE_COALITION.name,
        organizations: summary.organizations,
        members: summary.members,
        protectedMembers: 3,
        actionItems: 24,
        documents: 6,
        trainings: 8,
        outreach: 5,
        identified: { organizations: 6, total: expect.any(Number) },
      });
      expect(figures.meetingStatuses).toEqual([...Array<string>(11).fill('approved'), 'minutes-draft', 'planned']);
      expect(figures.munoz.some((title) => title.includes('Muñoz'))).toBe(true);
      figuresByEngine.set(subject.dialect, figures);

      const again = await subject.t.fail('workspace.loadSample', {});
      expect(again.code).toBe('CONFLICT');
      expect(again.message).toContain('already holds records');
      expect(await sampleFigures(subject)).toEqual(figures);
    },
    LOADING_TIMEOUT_MS,
  );

  it('is refused, changing nothing, when the coalition already holds a record of its own', async () => {
    await addDeskMember(subject, { fullName: 'Rosa Delgado' });
    const refused = await subject.t.fail('workspace.loadSample', {});
    expect(refused).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('(0 organizations, 1 members, 0 meetings)') });
    expect((await subject.t.call('directory.listMembers', {})).map((member) => member.fullName)).toEqual(['Rosa Delgado']);
    expect((await subject.t.call('meetings.list', {})).length).toBe(0);
    expect(await coalitionName(subject)).toBe(TEST_COALITION);
  });
});

/** Records compared by what they hold: each engine gave them ids of its own. */
const withoutIds = (figures: unknown): unknown =>
  JSON.parse(JSON.stringify(figures, (key, value: unknown) => (key === 'id' || key.endsWith('Id') ? undefined : value)));

describe('the sample coalition on both engines', () => {
  it('holds the same records on SQLCipher and on PostgreSQL', () => {
    expect(figuresByEngine.size).toBe(2);
    expect(withoutIds(figuresByEngine.get('postgres'))).toEqual(withoutIds(figuresByEngine.get('sqlcipher')));
  });
});
