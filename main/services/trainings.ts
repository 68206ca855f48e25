import { uuidv7 } from 'uuidv7';
import type { ChannelParsedInput } from '../../shared/contract';
import type { Training } from '../../shared/contract/trainingSchemas';
import { appendAudit } from '../db/auditRepository';
import type { StorageExecutor } from '../db/engine/storageEngine';
import {
  type TrainingFields,
  deleteTraining as removeTraining,
  findTraining,
  insertTraining,
  listTrainings as queryTrainings,
  updateTraining as writeTraining,
} from '../db/trainingRepository';
import { changedFields, initialFields } from './directoryAudit';
import { requireOrganizationChoice } from './organizationReferences';
import type { ServiceContext } from './serviceContext';
import { inTransaction, requireFound, storage } from './workspaceTransaction';

/** Training events ("eyes and ears"): who was trained, by whom, on what, and which duties of P.L. 113-183 they serve. */
export function listTrainings(context: ServiceContext): Promise<Training[]> {
  return queryTrainings(storage(context));
}

type TrainingInput = ChannelParsedInput<'trainings.create'>;

export function createTraining(context: ServiceContext, input: TrainingInput): Promise<Training> {
  return inTransaction(context, async (trx, at) => {
    const fields = storedFields(input);
    await requireOrganizationChoice(trx, 'trainerOrganizationId', fields.trainerOrganizationId, null);
    const id = uuidv7();
    await insertTraining(trx, id, fields, at);
    await audit(context, trx, at, id, 'created', initialFields({ ...fields }));
    return requireFound(await findTraining(trx, id), 'training');
  });
}

export function updateTraining(context: ServiceContext, input: ChannelParsedInput<'trainings.update'>): Promise<Training> {
  const { id, ...rest } = input;
  return inTransaction(context, async (trx, at) => {
    const before = requireFound(await findTraining(trx, id), 'training');
    const fields = storedFields(rest);
    await requireOrganizationChoice(trx, 'trainerOrganizationId', fields.trainerOrganizationId, before.trainerOrganization?.id ?? null);
    await writeTraining(trx, id, fields, at);
    await audit(
      context,
      trx,
      at,
      id,
      'updated',
      changedFields({ ...storedFields({ ...before, trainerOrganizationId: before.trainerOrganization?.id ?? null }) }, { ...fields }),
    );
    return requireFound(await findTraining(trx, id), 'training');
  });
}

export function deleteTraining(context: ServiceContext, { id }: { id: string }): Promise<{ done: true }> {
  return inTransaction(context, async (trx, at) => {
    const before = requireFound(await findTraining(trx, id), 'training');
    await removeTraining(trx, id);
    await audit(context, trx, at, id, 'deleted', { title: before.title, heldOn: before.heldOn });
    return { done: true as const };
  });
}

/** Acknowledgments not collected are stored as no count. */
function storedFields(input: TrainingInput): TrainingFields {
  return {
    heldOn: input.heldOn,
    title: input.title,
    curriculum: input.curriculum,
    trainerOrganizationId: input.trainerOrganizationId,
    audienceSectors: input.audienceSectors,
    audienceDetail: input.audienceDetail,
    numberTrained: input.numberTrained,
    acknowledgmentCount: input.acknowledgmentsCollected ? input.acknowledgmentCount : null,
    duties: input.duties,
  };
}

function audit(context: ServiceContext, db: StorageExecutor, at: string, id: string, action: string, changes: Record<string, unknown>): Promise<string> {
  return appendAudit(db, { profile: context.profile, entity: 'training', entityId: id, action, changes }, at);
}
