import { workspaceMigration } from './0010-workspace';
import { directoryMigration } from './0020-directory';
import { meetingsMigration } from './0030-meetings';
import { recordSnapshotsMigration } from './0040-record-snapshots';
import { importValueMappingsMigration } from './0050-import-value-mappings';
import { memberSortKeyMigration } from './0060-member-sort-key';
import { actionItemPagingMigration } from './0070-action-item-paging';
import { directoryPagesMigration } from './0080-directory-pages';
import { planMigration } from './0090-plan';
import { protocolsMigration } from './0100-protocols';
import { documentsMigration } from './0110-documents';
import { trainingsMigration } from './0120-trainings';
import { dataMigration } from './0130-data';
import { emailsCaseInsensitiveMigration } from './0140-emails-case-insensitive';
import { agendaReviewItemsMigration } from './0150-agenda-review-items';
import { annualReportMigration } from './0160-annual-report';
import { documentTextMigration } from './0170-document-text';
import { objectiveMeasuresMigration } from './0180-objective-measures';
import type { TwoEngineMigration } from './migration';

export type { Migration, PostgresMigration, TwoEngineMigration } from './migration';

/** Every schema step in order, each in its SQLite and its PostgreSQL form. Append only. */
export const migrations: readonly TwoEngineMigration[] = [
  workspaceMigration,
  directoryMigration,
  meetingsMigration,
  recordSnapshotsMigration,
  importValueMappingsMigration,
  memberSortKeyMigration,
  actionItemPagingMigration,
  directoryPagesMigration,
  planMigration,
  protocolsMigration,
  documentsMigration,
  trainingsMigration,
  dataMigration,
  emailsCaseInsensitiveMigration,
  agendaReviewItemsMigration,
  annualReportMigration,
  documentTextMigration,
  objectiveMeasuresMigration,
];

export const LATEST_SCHEMA_VERSION = migrations.at(-1)?.version ?? 0;
