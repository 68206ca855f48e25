import { schemaStep } from './dialect';
import { postgresSearchTable, searchConfiguration } from './postgresSearch';

/** The bench measured fewer, larger FTS5 segments with a 32 MiB term buffer (docs/benchmarks.md). */
const FTS_HASH_BYTES = 32 * 1024 * 1024;

const flag = (column: string) => `${column} INTEGER NOT NULL DEFAULT 0 CHECK (${column} IN (0, 1))`;

export const directoryMigration = schemaStep(
  20,
  'directory',
  (d) => `
      CREATE TABLE organizations (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        sector TEXT NOT NULL,
        sector_other_label TEXT NOT NULL DEFAULT '',
        kind TEXT NOT NULL,
        jurisdiction TEXT NOT NULL DEFAULT '',
        address TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        website TEXT NOT NULL DEFAULT '',
        involvement TEXT NOT NULL,
        ${flag('vulnerable_youth')},
        ${flag('trafficking_expertise')},
        ${flag('trauma_informed')},
        notes TEXT NOT NULL DEFAULT '',
        joined_on TEXT,
        left_on TEXT,
        archived_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      )${d.strict};
      CREATE INDEX organizations_by_sector ON organizations (sector, involvement);
      CREATE INDEX organizations_by_involvement ON organizations (involvement);
      CREATE INDEX organizations_by_archived_at ON organizations (archived_at);

      CREATE TABLE members (
        id TEXT PRIMARY KEY,
        full_name TEXT NOT NULL,
        display_name TEXT NOT NULL DEFAULT '',
        pronouns TEXT NOT NULL DEFAULT '',
        organization_id TEXT REFERENCES organizations (id),
        title TEXT NOT NULL DEFAULT '',
        coalition_role TEXT NOT NULL,
        representative_role TEXT NOT NULL,
        ${flag('voting_member')},
        email TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        preferred_contact TEXT NOT NULL,
        start_on TEXT,
        end_on TEXT,
        notes TEXT NOT NULL DEFAULT '',
        ${flag('protected_identity')},
        archived_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      )${d.strict};
      CREATE INDEX members_by_organization ON members (organization_id, representative_role);
      CREATE INDEX members_by_archived_at ON members (archived_at);
      CREATE UNIQUE INDEX members_one_active_primary ON members (organization_id)
        WHERE representative_role = 'primary' AND archived_at IS NULL;

      -- Written by the repositories, not triggers: a protected member is indexed by display name only.
${d.pick({
  sqlite: `
      CREATE VIRTUAL TABLE directory_search USING fts5(
        kind UNINDEXED,
        ref_id UNINDEXED,
        title,
        body,
        tokenize = 'unicode61 remove_diacritics 2'
      );
      INSERT INTO directory_search (directory_search, rank) VALUES ('hashsize', ${FTS_HASH_BYTES});`,
  postgres: `${searchConfiguration}${postgresSearchTable('directory_search')}`,
})}
    `,
);
