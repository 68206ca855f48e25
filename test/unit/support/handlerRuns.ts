import type { Handlers } from '../../../main/rpc/router';

/** How many times each channel's handler ran, i.e. an input got past validation into the service. */
export const handlerRuns = new Map<string, number>();

/** The same handlers, each counting its runs in handlerRuns before it does its work. */
export function countingHandlers(handlers: Handlers): Handlers {
  return Object.fromEntries(
    Object.entries(handlers).map(([channel, handler]) => [
      channel,
      (input: unknown) => {
        handlerRuns.set(channel, (handlerRuns.get(channel) ?? 0) + 1);
        return (handler as (value: unknown) => unknown)(input);
      },
    ]),
  ) as Handlers;
}
