import type { Db } from '../openDatabase';

/** One schema step. Versions go up in tens, strictly increasing; a step is never edited once shipped. */
export interface Migration {
  version: number;
  name: string;
  /** `table.column`s the step works out for the rows already there, instead of leaving them at the column's default. */
  backfilledColumns?: readonly string[];
  up(db: Db): void;
}
