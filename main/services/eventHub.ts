import type { AppEvent } from '../../shared/contract';

export type EventListener = (event: AppEvent) => void;

/** Fan-out of main-process events to whichever host windows or browser tabs are listening. */
export class EventHub {
  private readonly listeners = new Set<EventListener>();

  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(event: AppEvent): void {
    for (const listener of this.listeners) listener(event);
  }

  get listenerCount(): number {
    return this.listeners.size;
  }
}
