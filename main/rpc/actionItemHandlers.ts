import { AppError } from '../../shared/errors';
import type { ServiceContext } from '../services/serviceContext';
import type { Handlers } from './router';

export type ActionItemHandlers = Pick<Handlers, 'actions.query' | 'actions.get' | 'actions.create' | 'actions.update' | 'actions.setStatus' | 'actions.bulkSetStatus' | 'actions.counts' | 'actions.takeDueNotice'>;

/** Action items: one line per channel, the rules live in services. */
export function createActionItemHandlers(context: ServiceContext): ActionItemHandlers {
  void context;
  const notYet = () => {
    throw new AppError('UNSUPPORTED', 'This part of the app is not ready yet.');
  };
  return {
    'actions.query': notYet,
    'actions.get': notYet,
    'actions.create': notYet,
    'actions.update': notYet,
    'actions.setStatus': notYet,
    'actions.bulkSetStatus': notYet,
    'actions.counts': notYet,
    'actions.takeDueNotice': notYet,
  };
}
