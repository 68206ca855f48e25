// Documents attached to an objective of the plan and a training's materials, on both storage engines: only to records
// that exist, named in the library, kept through an objective's delete and Undo, detached when a training is deleted.
import { expect, it } from 'vitest';
import type { ChannelInput } from '../../shared/contract';
import { pdfBytes, uploadDocument } from './support/documentFixtures';
import { describeEachDesk } from './support/eachDesk';
import type { TestDesk } from './support/testDesk';

const unknownId = '01900000-0000-7000-8000-000000000000';

const hotelTraining: ChannelInput<'trainings.create'> = {
  heldOn: '2026-02-12',
  title: 'Recognizing trafficking at the front desk',
  curriculum: 'Signs, what to do, whom to call',
  trainerOrganizationId: null,
  audienceSectors: ['businesses-at-risk'],
  audienceDetail: 'Hotel staff',
  numberTrained: 40,
  acknowledgmentsCollected: true,
  acknowledgmentCount: 40,
  duties: ['identify-and-serve'],
};

async function objectiveOf(t: TestDesk) {
  const goal = await t.call('plan.createGoal', { title: 'Partners trained' });
  return t.call('plan.createObjective', { goalId: goal.id, title: 'Train every hotel in the county' });
}

const attachedTo = async (t: TestDesk, subjectKind: 'objective' | 'training', subjectId: string) =>
  (await t.call('documents.list', { subject: { subjectKind, subjectId } })).map((document) => document.name);

describeEachDesk('documents on objectives and trainings', (subject) => {
  it('attaches only to an objective or a training that exists, changing nothing when it refuses', async () => {
    const { t } = subject;
    const document = await uploadDocument(t, 'Hotel pledge.pdf', pdfBytes('pledge'));
    for (const subjectKind of ['objective', 'training'] as const) {
      const refusal = await t.fail('documents.attach', { documentId: document.id, subjectKind, subjectId: unknownId });
      expect(refusal.code, subjectKind).toBe('VALIDATION');
      expect(refusal.fieldErrors?.attachTo).toEqual(['The record to attach the document to no longer exists. Reload and try again.']);
      expect(await attachedTo(t, subjectKind, unknownId)).toEqual([]);
    }
    expect((await t.call('documents.list', {}))[0]?.links).toEqual([]);
  });

  it('lists an objective’s attachments under it and names the objective in the library', async () => {
    const { t } = subject;
    const objective = await objectiveOf(t);
    const stored = await uploadDocument(t, 'Hotel pledge.pdf', pdfBytes('pledge'), { attachTo: { subjectKind: 'objective', subjectId: objective.id } });
    expect(stored.links).toEqual([{ subjectKind: 'objective', subjectId: objective.id, label: 'Objective: Train every hotel in the county', meetingId: null }]);
    expect(await attachedTo(t, 'objective', objective.id)).toEqual(['Hotel pledge']);
  });

  it('keeps an objective’s attachments when it is deleted (Undo brings them back) and refuses new ones meanwhile', async () => {
    const { t } = subject;
    const objective = await objectiveOf(t);
    const kept = await uploadDocument(t, 'Hotel pledge.pdf', pdfBytes('pledge'), { attachTo: { subjectKind: 'objective', subjectId: objective.id } });
    const other = await uploadDocument(t, 'Sign-in sheet.pdf', pdfBytes('sheet'));
    await t.call('plan.deleteObjective', { id: objective.id });
    const [listed] = (await t.call('documents.list', { query: 'pledge' })).filter((document) => document.id === kept.id);
    expect(listed?.links[0]?.label).toBe('Objective: Train every hotel in the county (deleted from the plan)');
    expect((await t.fail('documents.attach', { documentId: other.id, subjectKind: 'objective', subjectId: objective.id })).code).toBe('VALIDATION');
    await t.call('plan.restoreObjective', { id: objective.id });
    expect(await attachedTo(t, 'objective', objective.id)).toEqual(['Hotel pledge']);
  });

  it('keeps a training’s materials, names the training in the library, and detaches them (keeping the files) when the training is deleted', async () => {
    const { t } = subject;
    const training = await t.call('trainings.create', hotelTraining);
    const slides = await uploadDocument(t, 'Front desk slides.pdf', pdfBytes('slides'), { attachTo: { subjectKind: 'training', subjectId: training.id } });
    expect(slides.links[0]?.label).toBe('Training: Recognizing trafficking at the front desk, 2026-02-12');
    expect(await attachedTo(t, 'training', training.id)).toEqual(['Front desk slides']);
    await t.call('trainings.delete', { id: training.id });
    expect(await attachedTo(t, 'training', training.id)).toEqual([]);
    const library = await t.call('documents.list', {});
    expect(library.map((document) => [document.name, document.links])).toEqual([['Front desk slides', []]]);
  });
});
