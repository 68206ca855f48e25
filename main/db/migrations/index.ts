import { workspaceMigration } from './0010-workspace';
import { directoryMigration } from './0020-directory';
import { meetingsMigration } from './0030-meetings';
import { recordSnapshotsMigration } from './0040-record-snapshots';
import { memberSortKeyMigration } from './0050-member-sort-key';
import type { Migration } from './migration';

export type { Migration } from './migration';

/** Every schema step in order. Append only. */
export const migrations: readonly Migration[] = [workspaceMigration, directoryMigration, meetingsMigration, recordSnapshotsMigration, memberSortKeyMigration];

export const LATEST_SCHEMA_VERSION = migrations.at(-1)?.version ?? 0;
