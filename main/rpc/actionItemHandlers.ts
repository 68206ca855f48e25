import { bulkSetActionStatus, countActions, createAction, getAction, queryActions, setActionStatus, updateAction } from '../services/actionItems';
import { takeDueNotice } from '../services/dueNotice';
import { draftDigestEmail } from '../services/memberDigests';
import type { ServiceContext } from '../services/serviceContext';
import type { Handlers } from './router';

export type ActionItemHandlers = Pick<
  Handlers,
  | 'actions.query'
  | 'actions.get'
  | 'actions.create'
  | 'actions.update'
  | 'actions.setStatus'
  | 'actions.bulkSetStatus'
  | 'actions.counts'
  | 'actions.takeDueNotice'
  | 'digests.emailDraft'
>;

/** Action items: one line per channel, the rules live in services. */
export function createActionItemHandlers(context: ServiceContext): ActionItemHandlers {
  return {
    'actions.query': (input) => queryActions(context, input),
    'actions.get': (input) => getAction(context, input),
    'actions.create': (input) => createAction(context, input),
    'actions.update': (input) => updateAction(context, input),
    'actions.setStatus': (input) => setActionStatus(context, input),
    'actions.bulkSetStatus': (input) => bulkSetActionStatus(context, input),
    'actions.counts': () => countActions(context),
    'actions.takeDueNotice': () => takeDueNotice(context),
    'digests.emailDraft': (input) => draftDigestEmail(context, input),
  };
}
