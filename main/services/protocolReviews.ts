import type { ProtocolReviews } from '../../shared/contract';
import { loadProtocolRecords } from '../db/protocolRepository';
import type { StorageExecutor } from '../db/engine/storageEngine';
import { registerOf } from './protocolRegister';
import { coalitionToday } from './protocols';
import type { ServiceContext } from './serviceContext';
import { storage } from './workspaceTransaction';

/** Adopted protocols and agreements by next review date, with the due and overdue counts, as of `today`. */
export async function protocolReviewsOn(db: StorageExecutor, today: string): Promise<ProtocolReviews> {
  const inForce = registerOf(await loadProtocolRecords(db), today).filter((protocol) => protocol.currentVersion?.state === 'adopted');
  const byReview = [...inForce].sort((a, b) => (a.nextReviewOn ?? '9999').localeCompare(b.nextReviewOn ?? '9999'));
  return {
    today,
    items: byReview.map(({ id, title, kind, nextReviewOn, review, unsignedParties, currentVersion }) => ({
      id,
      title,
      kind,
      nextReviewOn,
      review,
      unsignedParties,
      currentVersion,
    })),
    overdue: inForce.filter((protocol) => protocol.review === 'overdue').length,
    due: inForce.filter((protocol) => protocol.review === 'due').length,
  };
}

export async function protocolReviews(context: ServiceContext): Promise<ProtocolReviews> {
  const db = storage(context);
  return protocolReviewsOn(db, await coalitionToday(db, context.now()));
}
