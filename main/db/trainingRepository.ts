import type { DutyId } from '../../shared/childWelfareDuties';
import type { Training } from '../../shared/contract/trainingSchemas';
import { type SectorId, sectorIds } from '../../shared/stakeholderSectors';
import type { StorageExecutor } from './engine/storageEngine';
import { detachAllFrom } from './documentSubjects';
import { linkedDuties, replaceDutyLinks } from './dutyLinkRepository';

export interface TrainingFields {
  heldOn: string;
  title: string;
  curriculum: string;
  trainerOrganizationId: string | null;
  audienceSectors: readonly SectorId[];
  audienceDetail: string;
  numberTrained: number;
  acknowledgmentCount: number | null;
  duties: readonly DutyId[];
}

const columns = (fields: TrainingFields) => ({
  held_on: fields.heldOn,
  title: fields.title,
  curriculum: fields.curriculum,
  trainer_organization_id: fields.trainerOrganizationId,
  audience_detail: fields.audienceDetail,
  number_trained: fields.numberTrained,
  acknowledgment_count: fields.acknowledgmentCount,
});

export async function insertTraining(db: StorageExecutor, id: string, fields: TrainingFields, at: string): Promise<void> {
  await db
    .insertInto('trainings')
    .values({ id, ...columns(fields), created_at: at, updated_at: at })
    .execute();
  await replaceAudiences(db, id, fields.audienceSectors);
  await replaceDutyLinks(db, 'training', id, fields.duties, at);
}

export async function updateTraining(db: StorageExecutor, id: string, fields: TrainingFields, at: string): Promise<void> {
  await db
    .updateTable('trainings')
    .set({ ...columns(fields), updated_at: at })
    .where('id', '=', id)
    .execute();
  await replaceAudiences(db, id, fields.audienceSectors);
  await replaceDutyLinks(db, 'training', id, fields.duties, at);
}

export async function deleteTraining(db: StorageExecutor, id: string): Promise<void> {
  await db.deleteFrom('training_audiences').where('training_id', '=', id).execute();
  await replaceDutyLinks(db, 'training', id, [], '');
  await detachAllFrom(db, 'training', id);
  await db.deleteFrom('trainings').where('id', '=', id).execute();
}

async function replaceAudiences(db: StorageExecutor, id: string, sectors: readonly SectorId[]): Promise<void> {
  await db.deleteFrom('training_audiences').where('training_id', '=', id).execute();
  const distinct = [...new Set(sectors)];
  if (distinct.length > 0)
    await db
      .insertInto('training_audiences')
      .values(distinct.map((sector) => ({ training_id: id, sector })))
      .execute();
}

export async function findTraining(db: StorageExecutor, id: string): Promise<Training | undefined> {
  return (await queryTrainings(db, { id }))[0];
}

export function listTrainings(db: StorageExecutor): Promise<Training[]> {
  return queryTrainings(db, {});
}

/** Three queries for any number of trainings: the trainings, their audiences, their duties. Newest first. */
async function queryTrainings(db: StorageExecutor, filter: { id?: string }): Promise<Training[]> {
  const rows = await db
    .selectFrom('trainings as t')
    .leftJoin('organizations as o', 'o.id', 't.trainer_organization_id')
    .select(['t.id', 't.held_on as heldOn', 't.title', 't.curriculum', 't.trainer_organization_id as trainerId', 'o.name as trainerName'])
    .select([
      't.audience_detail as audienceDetail',
      't.number_trained as numberTrained',
      't.acknowledgment_count as acknowledgmentCount',
      't.created_at as createdAt',
      't.updated_at as updatedAt',
    ])
    .$if(filter.id !== undefined, (query) => query.where('t.id', '=', filter.id ?? ''))
    .orderBy('t.held_on', 'desc')
    .orderBy('t.id', 'desc')
    .execute();
  if (rows.length === 0) return [];
  const audiences = await db
    .selectFrom('training_audiences')
    .select(['training_id as trainingId', 'sector'])
    .$if(filter.id !== undefined, (query) => query.where('training_id', '=', filter.id ?? ''))
    .execute();
  const duties = await linkedDuties(db, 'training', filter.id);
  const sectorsOf = new Map<string, SectorId[]>();
  for (const { trainingId, sector } of audiences) sectorsOf.set(trainingId, [...(sectorsOf.get(trainingId) ?? []), sector as SectorId]);
  return rows.map(({ trainerId, trainerName, ...row }) => ({
    ...row,
    trainerOrganization: trainerId === null ? null : { id: trainerId, name: trainerName ?? '' },
    audienceSectors: sectorOrder(sectorsOf.get(row.id) ?? []),
    acknowledgmentsCollected: row.acknowledgmentCount !== null,
    duties: duties.get(row.id) ?? [],
  }));
}

function sectorOrder(list: readonly SectorId[]): SectorId[] {
  return [...list].sort((a, b) => sectorIds.indexOf(a) - sectorIds.indexOf(b));
}
