import { type ChannelInput, type ChannelName, type ChannelParsedInput, contract } from '../../shared/contract';
import type { ServiceContext } from '../services/serviceContext';

/** The sample's input to a service, checked by the channel's own schema as the UI's would be. */
export function parsed<C extends ChannelName>(channel: C, input: ChannelInput<C>): ChannelParsedInput<C> {
  return contract[channel].input.parse(input) as ChannelParsedInput<C>;
}

/** The services stamp history with the context's clock: the sample's year is recorded on the days it happened. */
export function contextAt(context: ServiceContext, at: Date): ServiceContext {
  return { ...context, now: () => at };
}

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

export const minutesAfter = (instant: string | Date, minutes: number): Date => new Date(new Date(instant).getTime() + minutes * MINUTE_MS);
export const daysAfter = (instant: string | Date, days: number): Date => new Date(new Date(instant).getTime() + days * DAY_MS);
