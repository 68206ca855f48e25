import type { Db } from '../openDatabase';

/** One schema step. Versions go up in tens, strictly increasing; a step is never edited once shipped. */
export interface Migration {
  version: number;
  name: string;
  up(db: Db): void;
}
