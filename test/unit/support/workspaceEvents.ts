import type { AppEvent } from '../../../shared/contract';
import type { TestDesk } from './testDesk';

type EventOf<T extends AppEvent['type']> = Extract<AppEvent, { type: T }>;

/** Every event the app sends from now on, in order, and a way to wait for the next of one type. */
export function recordEvents(t: TestDesk) {
  const seen: AppEvent[] = [];
  const waiting: Array<{ type: AppEvent['type']; resolve: (event: AppEvent) => void }> = [];
  t.desk.events.subscribe((event) => {
    seen.push(event);
    for (const waiter of waiting.filter((candidate) => candidate.type === event.type)) {
      waiting.splice(waiting.indexOf(waiter), 1);
      waiter.resolve(event);
    }
  });
  return {
    seen,
    types: () => seen.map((event) => event.type),
    next<T extends AppEvent['type']>(type: T): Promise<EventOf<T>> {
      return new Promise((resolve) => waiting.push({ type, resolve: resolve as (event: AppEvent) => void }));
    },
  };
}
