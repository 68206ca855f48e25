import { uuidv7 } from 'uuidv7';
import type { ChannelParsedInput } from '../../shared/contract';
import type { OutreachContact } from '../../shared/contract/trainingSchemas';
import { appendAudit } from '../db/auditRepository';
import type { StorageExecutor } from '../db/engine/storageEngine';
import {
  deleteOutreach as removeOutreach,
  findOutreach,
  insertOutreach,
  listOutreach as queryOutreach,
  updateOutreach as writeOutreach,
} from '../db/outreachRepository';
import { changedFields, initialFields } from './directoryAudit';
import { requireOrganizationChoice } from './organizationReferences';
import type { ServiceContext } from './serviceContext';
import { inTransaction, requireFound, storage } from './workspaceTransaction';

/**
 * Outreach to businesses and community groups: who was contacted, when, what was agreed, the follow-up. The
 * organization is one of the directory, a prospective one included (its involvement says so); add it there first.
 */
export function listOutreach(context: ServiceContext): Promise<OutreachContact[]> {
  return queryOutreach(storage(context));
}

export function createOutreach(context: ServiceContext, input: ChannelParsedInput<'outreach.create'>): Promise<OutreachContact> {
  return inTransaction(context, async (trx, at) => {
    await requireOrganizationChoice(trx, 'organizationId', input.organizationId, null);
    const id = uuidv7();
    await insertOutreach(trx, id, input, at);
    await audit(context, trx, at, id, 'created', initialFields({ ...input }));
    return requireFound(await findOutreach(trx, id), 'outreach contact');
  });
}

export function updateOutreach(context: ServiceContext, input: ChannelParsedInput<'outreach.update'>): Promise<OutreachContact> {
  const { id, ...fields } = input;
  return inTransaction(context, async (trx, at) => {
    const before = requireFound(await findOutreach(trx, id), 'outreach contact');
    await requireOrganizationChoice(trx, 'organizationId', fields.organizationId, before.organization.id);
    await writeOutreach(trx, id, fields, at);
    const { organization, contactedOn, contactPerson, agreed, followUpOn, followUpStatus } = before;
    await audit(
      context,
      trx,
      at,
      id,
      'updated',
      changedFields({ organizationId: organization.id, contactedOn, contactPerson, agreed, followUpOn, followUpStatus }, { ...fields }),
    );
    return requireFound(await findOutreach(trx, id), 'outreach contact');
  });
}

export function deleteOutreach(context: ServiceContext, { id }: { id: string }): Promise<{ done: true }> {
  return inTransaction(context, async (trx, at) => {
    const before = requireFound(await findOutreach(trx, id), 'outreach contact');
    await removeOutreach(trx, id);
    await audit(context, trx, at, id, 'deleted', { organization: before.organization.name, contactedOn: before.contactedOn });
    return { done: true as const };
  });
}

function audit(context: ServiceContext, db: StorageExecutor, at: string, id: string, action: string, changes: Record<string, unknown>): Promise<string> {
  return appendAudit(db, { profile: context.profile, entity: 'outreach', entityId: id, action, changes }, at);
}
