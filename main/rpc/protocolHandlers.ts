import {
  addVersion,
  adoptVersion,
  createProtocol,
  getProtocol,
  listProtocols,
  moveVersion,
  recordReview,
  removeParty,
  setParty,
  setSignOff,
  updateProtocol,
  updateVersion,
} from '../services/protocols';
import { protocolReviews } from '../services/protocolReviews';
import type { ServiceContext } from '../services/serviceContext';
import type { Handlers } from './router';

type ProtocolChannel = Extract<keyof Handlers, `protocols.${string}`>;

/** The protocols and agreements register: one line per channel, the rules live in services. */
export function createProtocolHandlers(context: ServiceContext): Pick<Handlers, ProtocolChannel> {
  return {
    'protocols.list': () => listProtocols(context),
    'protocols.get': (input) => getProtocol(context, input),
    'protocols.create': (input) => createProtocol(context, input),
    'protocols.update': (input) => updateProtocol(context, input),
    'protocols.addVersion': (input) => addVersion(context, input),
    'protocols.updateVersion': (input) => updateVersion(context, input),
    'protocols.moveVersion': (input) => moveVersion(context, input),
    'protocols.adopt': (input) => adoptVersion(context, input),
    'protocols.setParty': (input) => setParty(context, input),
    'protocols.removeParty': (input) => removeParty(context, input),
    'protocols.setSignOff': (input) => setSignOff(context, input),
    'protocols.recordReview': (input) => recordReview(context, input),
    'protocols.reviews': () => protocolReviews(context),
  };
}
